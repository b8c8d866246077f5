import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, tryParseScenario } from '../../../models/procedures';
import { scenarioIndexSchema } from '../../../src/simulator/scenarioIndex';

const dir = join(import.meta.dirname, '../../../public/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();
const index = scenarioIndexSchema.parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));

describe('public/scenarios/index.json', () => {
  it('lists every sample file once, and nothing else', () => {
    expect(index.scenarios.map((s) => s.file).sort()).toEqual(files);
  });

  it.each(index.scenarios)('$file parses, replays, and the index repeats its procedure and title', (entry) => {
    const parsed = tryParseScenario(readFileSync(join(dir, entry.file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(parsed.value.procedure).toBe(entry.procedure);
    expect(parsed.value.title).toEqual(entry.title);
    expect(runScenario(parsed.value)).toHaveLength(parsed.value.steps.length);
  });
});
