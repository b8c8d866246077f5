/** A deadline met is no longer pending (issue 11, bug 16): the GP's answer marks the consent deadline met. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProcedure, tryParseScenario } from '../../../../models/procedures';
import { replay } from '../../../../models/procedures/core';

const def = getProcedure('inspection');
const parsed = tryParseScenario(readFileSync(join(import.meta.dirname, '../../../../public/scenarios/inspection-business-consent.json'), 'utf8'));
if (!parsed.ok) throw new Error('inspection-business-consent.json does not parse');
const steps = replay(def, parsed.value.input, parsed.value.steps.map((s) => s.event));

describe('the GP consent deadline', () => {
  it('is pending while the GPO has not answered, and met on the day consent is granted', () => {
    const asked = steps.find((s) => s.event.type === 'inspection.requestConsent')!;
    const granted = steps.find((s) => s.event.type === 'consent.grant')!;
    const before = def.deadlines(asked.snapshot.context).find((d) => d.key === 'consent');
    expect(before?.metOn ?? null).toBeNull();
    const after = def.deadlines(granted.snapshot.context).find((d) => d.key === 'consent');
    expect(after).toMatchObject({ overdue: false, metOn: (granted.snapshot.context as { date: string }).date });
    // It stays met along the rest of the run.
    for (const s of steps.slice(granted.index)) expect(def.deadlines(s.snapshot.context).find((d) => d.key === 'consent')?.metOn).toBeTruthy();
  });
});
