import { describe, expect, it } from 'vitest';
import { formatRow, SCENARIO_FORMAT } from '../../../../models/procedures/core';
import { runScenario, tryParseScenario } from '../../../../models/procedures';

const valid = {
  format: SCENARIO_FORMAT,
  version: 1,
  procedure: 'inspection',
  title: { kk: 'Тексеру', ru: 'Проверка', en: 'Inspection' },
  input: { startDate: '2025-03-03', initiator: { role: 'districtProsecutor' }, basis: 'decision', ground: 'minors', subject: { kind: 'organisation' }, area: 'general' },
  steps: [
    { event: { type: 'inspection.appoint', inspectors: ['A'] }, note: { en: 'appoint' } },
    { event: { type: 'inspection.extend', days: 5, reason: 'largeVolume' } },
    { event: { type: 'inspection.start' } },
  ],
};

describe('tryParseScenario', () => {
  it('accepts a valid file, from text or object', () => {
    expect(tryParseScenario(valid).ok).toBe(true);
    const r = tryParseScenario(JSON.stringify(valid));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.steps[0]?.note).toEqual({ en: 'appoint' });
  });
  it('reports every failing path: envelope, input and events', () => {
    const r = tryParseScenario({
      ...valid,
      title: { kk: 'x', ru: 'y' },
      input: { ...valid.input, startDate: '2025-02-30', area: 'space' },
      steps: [{ event: { type: 'inspection.extend', days: 'many', reason: 'largeVolume' } }, { event: { type: 'inspection.fly' } }, { event: { type: 'time.advanceTo', date: 'tomorrow' } }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['title.en', 'input.startDate', 'input.area', 'steps.0.event.days', 'steps.1.event.type', 'steps.2.event.date']));
  });
  it('rejects unknown keys in strict places', () => {
    const r = tryParseScenario({ ...valid, steps: [{ event: { type: 'inspection.start', extra: 1 } }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.path).toMatch(/^steps\.0\.event/);
  });
  it('refuses __proto__ keys, in text and in objects', () => {
    const text = JSON.stringify(valid).replace('"input":{', '"input":{"__proto__":{"polluted":true},');
    const r = tryParseScenario(text);
    expect(r.ok).toBe(false);
    const obj = JSON.parse(text) as unknown;
    expect(tryParseScenario(obj).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('says what is wrong with the format, the version, the procedure and bad JSON', () => {
    const p = (x: unknown) => { const r = tryParseScenario(x); return r.ok ? [] : r.problems.map((q) => q.path); };
    expect(p({ ...valid, format: 'prokuratura.org' })).toEqual(['format']);
    expect(p({ ...valid, version: 2 })).toEqual(['version']);
    expect(p({ ...valid, procedure: 'audit' })).toContain('procedure');
    expect(p('{ not json')).toEqual(['(root)']);
  });
});

describe('runScenario', () => {
  it('gives one row per step with accepted/rejected, state and date', () => {
    const r = tryParseScenario(valid);
    if (!r.ok) throw new Error('fixture');
    const rows = runScenario(r.value);
    expect(rows.map((x) => [x.step, x.event, x.accepted, x.code, x.state, x.date])).toEqual([
      [1, 'inspection.appoint', true, null, 'appointed', '2025-03-03'],
      [2, 'inspection.extend', false, 'notAvailableHere', 'appointed', '2025-03-03'],
      [3, 'inspection.start', true, null, 'inProgress.active', '2025-03-03'],
    ]);
    expect(rows[2]?.context).toMatchObject({ startedOn: '2025-03-03' });
    expect(formatRow(rows[1])).toBe('2\tinspection.extend\trejected:notAvailableHere\tappointed\t2025-03-03');
  });
});
