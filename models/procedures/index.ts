/**
 * The registry of procedures. Each procedure adds one line here; the scenario CLI, share links
 * and the simulator read only this map.
 */
import type { ParseResult } from '../org/schema';
import { decodeRunWith, runScenarioWith, tryParseScenarioWith, type ProcedureRegistry, type ScenarioFile, type ScenarioRow } from './core';
import type { ProcedureDefinition, ProcedureId, Run } from './core/types';
import { actSuspensionDefinition } from './actSuspension';
import { appealDefinition } from './appeal';
import { complaintDefinition } from './complaint';
import { councilVoteDefinition } from './councilVote';
import { forcedBringingDefinition } from './forcedBringing';
import { inspectionDefinition } from './inspection';
import { protestDefinition } from './protest';
import { representationDefinition } from './representation';

export const PROCEDURES: ProcedureRegistry = {
  inspection: inspectionDefinition,
  protest: protestDefinition,
  councilVote: councilVoteDefinition,
  representation: representationDefinition,
  appeal: appealDefinition,
  complaint: complaintDefinition,
  actSuspension: actSuspensionDefinition,
  forcedBringing: forcedBringingDefinition,
};

/** The definition of a registered procedure, or undefined while it is not built yet. */
export function getProcedure(id: ProcedureId): ProcedureDefinition | undefined {
  return PROCEDURES[id];
}

/** {@link tryParseScenarioWith} against the registry. */
export function tryParseScenario(input: unknown): ParseResult<ScenarioFile> {
  return tryParseScenarioWith(PROCEDURES, input);
}

/** {@link runScenarioWith} against the registry. */
export function runScenario(file: ScenarioFile): ScenarioRow[] {
  return runScenarioWith(PROCEDURES, file);
}

/** {@link decodeRunWith} against the registry. */
export function decodeRun(s: string): ParseResult<Run> {
  return decodeRunWith(PROCEDURES, s);
}

export { encodeRun } from './core';
