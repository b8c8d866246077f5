import { z } from 'zod';
import { localizedTextSchema } from '../../models/org/schema';
import { PROCEDURE_IDS } from '../../models/procedures/core';

/** public/scenarios/index.json: the sample scenarios the app lists, with their titles. */
export const scenarioIndexSchema = z.strictObject({
  format: z.literal('prokuratura.scenarioIndex'),
  version: z.literal(1),
  scenarios: z.array(
    z.strictObject({
      file: z.string().regex(/^[a-z0-9-]+\.json$/),
      procedure: z.enum(PROCEDURE_IDS),
      title: localizedTextSchema,
    }),
  ),
});
export type ScenarioIndex = z.infer<typeof scenarioIndexSchema>;
export type ScenarioEntry = ScenarioIndex['scenarios'][number];
