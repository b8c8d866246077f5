import { describe, expect, it } from 'vitest';
import { branch, contextToJson, replay, snapshotAt, stateValueString, type Run } from '../../../../models/procedures/core';
import { decodeRun, encodeRun, PROCEDURES } from '../../../../models/procedures';
import { inspectionDefinition, type InspectionEvent, type InspectionInput } from '../../../../models/procedures/inspection';

const input: InspectionInput = { startDate: '2025-03-03', initiator: { role: 'districtProsecutor' }, basis: 'decision', ground: 'minors', subject: { kind: 'organisation' }, area: 'general' };
const events: InspectionEvent[] = [
  { type: 'inspection.appoint', inspectors: ['A'] },
  { type: 'inspection.start' },
  { type: 'inspection.suspend', reason: 'otherObstacle' },
  { type: 'inspection.complete' }, // not from suspended
  { type: 'time.advance', days: 3 },
];
const run: Run<InspectionInput, InspectionEvent> = { procedure: 'inspection', input, events };

describe('replay', () => {
  it('numbers steps from 1 and folds transition() over the events', () => {
    const steps = replay(inspectionDefinition, input, events);
    expect(steps.map((s) => s.index)).toEqual([1, 2, 3, 4, 5]);
    expect(steps.map((s) => stateValueString(s.snapshot))).toEqual(['appointed', 'inProgress.active', 'inProgress.suspended', 'inProgress.suspended', 'inProgress.suspended']);
  });
  it('a rejected event leaves the snapshot as it was and records code and citation', () => {
    const steps = replay(inspectionDefinition, input, events);
    const rejected = steps[3];
    expect(rejected?.verdict).toMatchObject({ ok: false, code: 'notAvailableHere', citation: 'inspection.procedure', values: { state: 'inProgress.suspended' } });
    expect(rejected?.snapshot).toBe(steps[2]?.snapshot);
  });
  it('a rule refusal carries the numbers behind it', () => {
    const [, , , , extend] = replay(inspectionDefinition, input, [...events.slice(0, 2), { type: 'time.advance', days: 1 }, { type: 'inspection.register' }, { type: 'inspection.extend', days: 31, reason: 'largeVolume' }]);
    expect(extend?.verdict).toEqual({ ok: false, code: 'extensionTooLong', citation: 'inspection.term', values: { days: 31, max: 30 } });
  });
  it('time never goes backwards, and only that rule binds it', () => {
    const steps = replay(inspectionDefinition, input, [
      { type: 'time.advanceTo', date: '2025-03-10' },
      { type: 'time.advanceTo', date: '2025-03-09' },
      { type: 'time.advance', days: -1 },
      { type: 'time.advanceTo', date: '2025-03-10' },
    ]);
    expect(steps.map((s) => (s.verdict.ok ? 'ok' : s.verdict.code))).toEqual(['ok', 'timeBackwards', 'timeBackwards', 'ok']);
    expect(steps.map((s) => (s.snapshot.context as { date: string }).date)).toEqual(['2025-03-10', '2025-03-10', '2025-03-10', '2025-03-10']);
    // calendar days: a holiday is not skipped by time.advance
    expect((replay(inspectionDefinition, input, [{ type: 'time.advance', days: 5 }])[0]?.snapshot.context as { date: string }).date).toBe('2025-03-08');
  });
  it('a finished procedure accepts nothing more', () => {
    const business: InspectionInput = { ...input, initiator: { role: 'regionalProsecutor' }, ground: 'businessInterference', subject: { kind: 'business' } };
    const steps = replay(inspectionDefinition, business, [{ type: 'inspection.requestConsent' }, { type: 'consent.refuse' }, { type: 'time.advance', days: 1 }]);
    expect(steps[2]?.verdict).toMatchObject({ ok: false, code: 'procedureFinished' });
  });
});

describe('snapshotAt and branch', () => {
  it('snapshotAt(k) is the state after k events; 0 is the initial one', () => {
    expect(stateValueString(snapshotAt(inspectionDefinition, run, 0))).toBe('draft');
    expect(stateValueString(snapshotAt(inspectionDefinition, run, 2))).toBe('inProgress.active');
    expect(stateValueString(snapshotAt(inspectionDefinition, run, 99))).toBe('inProgress.suspended');
  });
  it('branch truncates after k and appends', () => {
    const b = branch(run, 2, { type: 'inspection.complete' });
    expect(b.events).toHaveLength(3);
    expect(run.events).toHaveLength(5);
    expect(stateValueString(snapshotAt(inspectionDefinition, b, 3))).toBe('completed');
  });
});

describe('stateValueString and contextToJson', () => {
  it('joins nested values with dots', () => {
    expect(stateValueString('draft')).toBe('draft');
    expect(stateValueString({ inProgress: 'suspended' })).toBe('inProgress.suspended');
    expect(stateValueString({ a: { b: 'c' } })).toBe('a.b.c');
  });
  it('gives plain JSON', () => {
    const json = contextToJson(snapshotAt(inspectionDefinition, run, 2));
    expect(json).toMatchObject({ date: '2025-03-03', startedOn: '2025-03-03', deadlines: { completion: '2025-04-18' } });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('share links', () => {
  it('round-trips a run through base64url', () => {
    const s = encodeRun(run);
    expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeRun(s)).toEqual({ ok: true, value: run });
  });
  it('keeps non-Latin text intact', () => {
    const r = { ...run, input: { ...input, subject: { kind: 'organisation' as const, name: 'Балалар үйі № 3' } } };
    expect(decodeRun(encodeRun(r))).toEqual({ ok: true, value: r });
  });
  it('rejects tampered links with the failing path', () => {
    const bad = encodeRun({ ...run, events: [...events, { type: 'inspection.extend', days: 'x' } as unknown as InspectionEvent] });
    const r = decodeRun(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('events.5.days');
    expect(decodeRun('***').ok).toBe(false);
    expect(decodeRun(Buffer.from('{"procedure":"inspection","input":{},"events":[],"__proto__":{}}').toString('base64url')).ok).toBe(false);
  });
  it('the registry holds the inspection', () => {
    expect(PROCEDURES.inspection?.id).toBe('inspection');
  });
});
