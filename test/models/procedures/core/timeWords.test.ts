/**
 * Time steps cite the calendar, never a procedure's article (issue 11, bug 10), and a backwards date
 * says so in words: which date was asked for and where the run stands.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTERED, tryParseScenario } from '../../../../models/procedures';
import { fillLabel, initialSnapshot, replay, TIME_CITATION, verdictFor } from '../../../../models/procedures/core';
import type { ProcedureDefinition, TimeEvent } from '../../../../models/procedures/core/types';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const time = (e: TimeEvent): { type: string } => e;
const protest = REGISTERED.find((d) => d.id === 'protest') as AnyDef;
const inspection = REGISTERED.find((d) => d.id === 'inspection') as AnyDef;

describe('time steps and their citations', () => {
  it('an accepted time step cites nothing in any procedure', () => {
    for (const def of REGISTERED) {
      expect(def.eventCitation('time.advance', initialSnapshot(def, def.defaultInput).context), def.id).toBeNull();
      expect(def.eventCitation('time.advanceTo', initialSnapshot(def, def.defaultInput).context), def.id).toBeNull();
    }
  });

  it('a refused time step cites the calendar, in a finished run too', () => {
    const parsed = tryParseScenario(readFileSync(join(import.meta.dirname, '../../../../public/scenarios/protest-withdrawn.json'), 'utf8'));
    if (!parsed.ok) throw new Error('protest-withdrawn.json does not parse');
    const done = replay(protest, parsed.value.input, parsed.value.steps.map((x) => x.event));
    const last = done[done.length - 1].snapshot;
    expect(last.status).toBe('done');
    const v = verdictFor(protest, last, time({ type: 'time.advance', days: 1 }));
    expect(v).toMatchObject({ ok: false, code: 'procedureFinished', citation: TIME_CITATION });
    const malformed = verdictFor(inspection, initialSnapshot(inspection, inspection.defaultInput), time({ type: 'time.advanceTo', date: '2025-02-30' }));
    expect(malformed).toMatchObject({ ok: false, code: 'invalidEvent', citation: TIME_CITATION });
  });

  it('a backwards date says which date was asked for and where the run is, in each language', () => {
    const start = initialSnapshot(inspection, inspection.defaultInput);
    const today = (start.context as { date: string }).date;
    const to = verdictFor(inspection, start, time({ type: 'time.advanceTo', date: '2020-01-01' }));
    const back = verdictFor(inspection, start, time({ type: 'time.advance', days: -3 }));
    for (const v of [to, back]) {
      expect(v).toMatchObject({ ok: false, code: 'timeBackwards', citation: TIME_CITATION });
      if (v.ok) continue;
      const text = (lang: 'kk' | 'ru' | 'en') => fillLabel(inspection.codeLabels[v.code][lang], v.values);
      expect(text('en')).toContain(today);
      expect(text('en')).toContain(String(v.values?.to));
      expect(text('en')).not.toContain('—');
      expect(text('ru')).toContain(String(v.values?.to));
      expect(text('kk')).toContain(String(v.values?.to));
    }
    if (!to.ok) expect(fillLabel(inspection.codeLabels.timeBackwards.en, to.values)).toBe(`2020-01-01 is before the run's date, ${today}: time does not go back`);
  });
});
