import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROCEDURES, REGISTERED } from '../../../../models/procedures';
import { stateValueString } from '../../../../models/procedures/core';
import {
  act,
  branchFrom,
  canUndo,
  compareLines,
  createHistory,
  currentLine,
  goTo,
  historyToJson,
  MAIN_LINE,
  readHistory,
  renameLine,
  snapshotOfLine,
  switchLine,
  undo,
  type RunHistory,
} from '../../../../models/procedures/core/history';
import type { ProcedureDefinition } from '../../../../models/procedures/core/types';
import { inspectionDefinition } from '../../../../models/procedures/inspection';
import { play } from '../../../helpers/replay';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Ev = { type: string; [key: string]: unknown };

const input = inspectionDefinition.defaultInput;
const start = () => createHistory(inspectionDefinition, { procedure: 'inspection', input, events: [] });
const appoint: Ev = { type: 'inspection.appoint', inspectors: ['A'] };
const begin: Ev = { type: 'inspection.start' };
const week: Ev = { type: 'time.advance', days: 7 };
const day: Ev = { type: 'time.advance', days: 1 };

function actAll(h: RunHistory, events: Ev[]): RunHistory {
  return events.reduce((x, e) => act(inspectionDefinition, x, e), h);
}

describe('run history as a tree', () => {
  it('appends at the end of a line, and undo takes the step back', () => {
    const h = actAll(start(), [appoint, begin]);
    expect(currentLine(h).events).toEqual([appoint, begin]);
    expect(h.position).toBe(2);
    const back = undo(h);
    expect(currentLine(back).events).toEqual([appoint]);
    expect(back.position).toBe(1);
  });

  it('a step at a past point makes a branch and keeps every later step of the line it left (bug 5)', () => {
    const h = goTo(actAll(start(), [appoint, begin, week]), 1);
    const b = act(inspectionDefinition, h, day);
    expect(b.lines[MAIN_LINE]?.events).toEqual([appoint, begin, week]);
    expect(b.order).toHaveLength(2);
    expect(currentLine(b).events).toEqual([appoint, day]);
    expect(currentLine(b)).toMatchObject({ parent: MAIN_LINE, forkAt: 1, n: 1 });
    expect(b.position).toBe(2);
    // Undo removes the branch and stands where the user stood before.
    const u = undo(b);
    expect(u.order).toEqual([MAIN_LINE]);
    expect(u.current).toBe(MAIN_LINE);
    expect(u.position).toBe(1);
  });

  it('the very next step of the line again is "forward", not a branch', () => {
    const h = act(inspectionDefinition, goTo(actAll(start(), [appoint, begin]), 1), begin);
    expect(h.order).toEqual([MAIN_LINE]);
    expect(h.position).toBe(2);
  });

  it('"Branch from here" starts an empty branch at the step, named when a name is given', () => {
    const h = branchFrom(actAll(start(), [appoint, begin, week]), 2, 'What if suspended');
    expect(currentLine(h)).toMatchObject({ name: 'What if suspended', forkAt: 2, events: [appoint, begin] });
    expect(h.lines[MAIN_LINE]?.events).toHaveLength(3);
    expect(renameLine(h, h.current, '  ').lines[h.current]?.name).toBeNull();
  });

  it('a refused step is recorded as refused with its code, the state unchanged', () => {
    const h = actAll(start(), [appoint, begin, { type: 'time.advance', days: 1 }, { type: 'inspection.register' }, { type: 'inspection.extend', days: 40, reason: 'largeVolume' }]);
    const last = currentLine(h).recorded.at(-1);
    expect(last).toMatchObject({ ok: false, code: 'extensionTooLong', state: currentLine(h).recorded.at(-2)?.state });
  });

  it('compare names the first step that differs and where each line ends', () => {
    const h = act(inspectionDefinition, goTo(actAll(start(), [appoint, begin, week]), 2), { type: 'inspection.suspend', reason: 'otherObstacle' } as Ev);
    const c = compareLines(inspectionDefinition, h, MAIN_LINE, h.current);
    expect(c.shared).toBe(2);
    expect(c.firstDifference).toBe(3);
    expect(c.ends.a).toMatchObject({ steps: 3, state: 'inProgress.active' });
    expect(c.ends.b).toMatchObject({ steps: 3, state: 'inProgress.suspended', date: '2025-03-03' });
    expect(c.ends.a.date).toBe('2025-03-10');
    expect(compareLines(inspectionDefinition, h, MAIN_LINE, MAIN_LINE).firstDifference).toBeNull();
  });

  it('a stored history reads back the same; a broken one is refused with its path', () => {
    const h = act(inspectionDefinition, goTo(actAll(start(), [appoint, begin]), 1), week);
    const back = readHistory(PROCEDURES, JSON.parse(JSON.stringify(historyToJson(h))));
    expect(back.ok && { ...back.value, undo: [] }).toEqual({ ...h, undo: [] });
    const broken = historyToJson(h) as { lines: Record<string, { events: unknown[] }> };
    broken.lines[MAIN_LINE].events[1] = { type: 'inspection.extend', days: 'many' };
    const r = readHistory(PROCEDURES, broken);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]?.path).toBe('lines.main.events.1');
    expect(readHistory(PROCEDURES, { nonsense: true }).ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties, over every procedure whose default input is a valid one

type Op = { kind: 'act'; pick: number } | { kind: 'go'; k: number } | { kind: 'branch'; k: number } | { kind: 'undo' } | { kind: 'switch'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(40).map((pick) => ({ kind: 'act' as const, pick })) },
  { weight: 2, arbitrary: fc.nat(12).map((k) => ({ kind: 'go' as const, k })) },
  { weight: 1, arbitrary: fc.nat(12).map((k) => ({ kind: 'branch' as const, k })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.nat(8).map((pick) => ({ kind: 'switch' as const, pick })) },
);

function apply(def: AnyDef, h: RunHistory, op: Op): RunHistory {
  switch (op.kind) {
    case 'act': {
      const offers = def.offers(snapshotOfLine(def, h, currentLine(h), h.position));
      const offer = offers[op.pick % Math.max(1, offers.length)];
      return offer ? act(def, h, offer.event as Ev) : h;
    }
    case 'go':
      return goTo(h, op.k);
    case 'branch':
      return branchFrom(h, op.k);
    case 'undo':
      return undo(h);
    case 'switch':
      return switchLine(h, h.order[op.pick % h.order.length] ?? MAIN_LINE);
  }
}

const lineEvents = (h: RunHistory) => Object.fromEntries(Object.values(h.lines).map((l) => [l.id, JSON.stringify(l.events)]));
const withoutUndo = (h: RunHistory) => ({ ...h, undo: [] });

const playable = REGISTERED.filter((d) => d.inputSchema.safeParse(d.defaultInput).success);

describe.each(playable.map((d) => [d.id, d] as const))('history properties: %s', (_id, def) => {
  const fresh = () => createHistory(def, { procedure: def.id, input: def.defaultInput, events: [] });

  it('no step is ever lost: every line keeps its events, unless undo takes back the one last act', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        let h = fresh();
        for (const op of ops) {
          const before = lineEvents(h);
          const next = apply(def, h, op);
          const after = lineEvents(next);
          if (op.kind === 'undo') {
            // At most one line lost its last step, or one branch went.
            const changed = Object.keys(before).filter((id) => before[id] !== after[id]);
            expect(changed.length).toBeLessThanOrEqual(1);
          } else {
            for (const [id, events] of Object.entries(before)) {
              const now = next.lines[id]?.events;
              expect(now, `line ${id} is still there`).toBeDefined();
              // A line either stays as it was or grows by one step at its end.
              expect(JSON.stringify(now?.slice(0, (JSON.parse(events) as unknown[]).length))).toBe(events);
            }
          }
          h = next;
        }
      }),
      { numRuns: 30, seed: 1101 },
    );
  });

  it('undo right after an act restores the history exactly', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), fc.nat(40), (ops, pick) => {
        let h = fresh();
        for (const op of ops) h = apply(def, h, op);
        const acted = apply(def, h, { kind: 'act', pick });
        // No offer (a finished run), or "forward" along the line's own next step: a move, not an act.
        if (acted.undo === h.undo) return;
        expect(canUndo(acted)).toBe(true);
        expect(withoutUndo(undo(acted))).toEqual(withoutUndo(h));
        expect(undo(acted).undo).toEqual(h.undo);
      }),
      { numRuns: 30, seed: 1102 },
    );
  });

  it('every line replays, through the shared harness, to the states and dates it recorded', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        let h = fresh();
        for (const op of ops) h = apply(def, h, op);
        for (const line of Object.values(h.lines)) {
          const played = play(def, h.input, line.events);
          expect(played.steps.map((s) => ({ ok: s.verdict.ok, code: s.verdict.ok ? null : s.verdict.code, state: stateValueString(s.snapshot), date: (s.snapshot.context as { date: string }).date }))).toEqual(line.recorded);
        }
      }),
      { numRuns: 20, seed: 1103 },
    );
  });
});
