/** What each kind asks, checked against the models directly. */
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays } from '../../../models/calendar';
import { kazakhstanTemplate } from '../../../models/org/templates';
import {
  generateExercise,
  generateSet,
  gradeExercise,
  unitsAnswering,
  voteResult,
  type BuildHierarchyExercise,
  type DeadlineExercise,
  type GoalExercise,
  type IsAllowedExercise,
  type PickUnitsExercise,
  type VoteOutcomeExercise,
} from '../../../models/practice';

describe('pickUnits', () => {
  it('reads the appointer and the consent from the template', () => {
    const doc = kazakhstanTemplate();
    expect(unitsAnswering(doc, 'appointer', 'gpo')).toEqual(['president']);
    expect(unitsAnswering(doc, 'consent', 'gpo')).toEqual(['senate']);
    expect(unitsAnswering(doc, 'councils', 'agency-justice')).toContain('council-republican');
  });

  it('a trainee picking the Senate as the GP\'s appointer is told who appoints', () => {
    let ex: PickUnitsExercise | undefined;
    for (let s = 1; !ex && s < 2000; s += 1) {
      const e = generateExercise('pickUnits', s, 1) as PickUnitsExercise;
      if (e.target === 'gpo' && e.question === 'appointer') ex = e;
    }
    if (!ex) throw new Error('no exercise about the GP among 2000 seeds');
    const g = gradeExercise(ex, ['senate']);
    expect(g.correct).toBe(false);
    expect(g.lines.flatMap((l) => l.units ?? [])).toEqual(expect.arrayContaining(['president', 'senate']));
  });
});

describe('buildHierarchy', () => {
  it('explains each wrong placement with the placement rule\'s finding', () => {
    const ex = generateExercise('buildHierarchy', 11, 3) as BuildHierarchyExercise;
    const unit = ex.units[0];
    const g = gradeExercise(ex, { ...ex.answer, [unit]: unit });
    expect(g.correct).toBe(false);
    expect(g.lines.some((l) => l.units?.includes(unit) && l.code)).toBe(true);
  });

  it('takes any placement the rules allow, not only the template\'s', () => {
    const doc = kazakhstanTemplate();
    let checked = 0;
    for (let s = 1; s < 300 && checked < 5; s += 1) {
      const ex = generateExercise('buildHierarchy', s) as BuildHierarchyExercise;
      const district = ex.units.find((u) => doc.units[u]?.kind === 'district');
      const otherOblast = Object.values(doc.units).find((u) => u.kind === 'oblast' && u.id !== ex.answer[district ?? '']);
      if (!district || !otherOblast || !ex.parents.includes(otherOblast.id)) continue;
      expect(gradeExercise(ex, { ...ex.answer, [district]: otherOblast.id }).correct).toBe(true);
      checked += 1;
    }
  });
});

describe('deadline', () => {
  it('a plain term follows the calendar: 10 calendar days moved off a day off, 30 working days', () => {
    for (let s = 1; s <= 300; s += 1) {
      const ex = generateExercise('deadline', s) as DeadlineExercise;
      if (ex.suspendedOn) continue;
      expect(ex.answer).toBe(ex.unit === 'calendar' ? addCalendarDays(ex.from, ex.days) : addWorkingDays(ex.from, ex.days));
    }
  });

  it('a protest brought on 11 March 2025 is considered by 26 March (Nauryz)', () => {
    const ex = { ...(generateExercise('deadline', 1) as DeadlineExercise), procedure: 'protest' as const, from: '2025-03-11', days: 10, unit: 'calendar' as const };
    delete ex.suspendedOn;
    delete ex.resumedOn;
    expect(gradeExercise(ex, '2025-03-26').correct).toBe(true);
    expect(gradeExercise(ex, '2025-03-21').correct).toBe(false);
  });

  it('spreads over 2023–2026, with plain terms at least half', () => {
    const all = Array.from({ length: 200 }, (_, i) => generateExercise('deadline', i + 1) as DeadlineExercise);
    const years = new Set(all.map((e) => e.from.slice(0, 4)));
    expect([...years].sort()).toEqual(['2023', '2024', '2025', '2026']);
    expect(all.filter((e) => !e.suspendedOn).length).toBeGreaterThanOrEqual(100);
    expect(all.some((e) => e.suspendedOn)).toBe(true);
    expect(all.every((e) => e.answer <= '2026-12-31' && e.from >= '2023-01-01')).toBe(true);
  });
});

describe('voteOutcome', () => {
  it('is the tally: 5 of 9 present is no quorum', () => {
    const ex = generateExercise('voteOutcome', 5, 1) as VoteOutcomeExercise;
    const members = ex.members.map((m, i) => ({ ...m, present: i < 5 }));
    const nine = { ...ex, members: [...members, ...Array.from({ length: 9 - members.length }, (_, i) => ({ id: `x${i}`, present: false }))].slice(0, 9) };
    const r = voteResult(nine);
    expect(nine.members.length).toBe(9);
    expect(r.quorate).toBe(false);
    expect(gradeExercise(nine, { quorate: false, adopted: false }).correct).toBe(true);
  });
});

describe('isAllowed, nextStep, reachGoal', () => {
  it('names the refusal code and its citation when the event is refused', () => {
    for (let s = 1; s <= 200; s += 1) {
      const ex = generateExercise('isAllowed', s) as IsAllowedExercise;
      if (ex.answer.allowed) continue;
      const g = gradeExercise(ex, { allowed: true });
      expect(g.lines[0]?.code).toBe(ex.code);
      expect(g.citation).toBe(ex.citation);
      return;
    }
    throw new Error('no refused event among 200 seeds');
  });

  it('counts a refused event as a step spent', () => {
    const ex = generateExercise('reachGoal', 9, 3) as GoalExercise;
    const padding = Array.from({ length: ex.maxSteps }, () => ({ type: 'no.suchEvent' }));
    expect(gradeExercise(ex, [...padding, ...ex.answer]).correct).toBe(false);
  });
});

describe('generateSet', () => {
  it('is the same for the same seed and keeps to a theme', () => {
    expect(generateSet({ seed: 5, count: 10 })).toEqual(generateSet({ seed: 5, count: 10 }));
    const themed = generateSet({ seed: 5, count: 8, theme: 7 });
    expect(themed).toHaveLength(8);
    expect(themed.every((e) => e.theme === 7)).toBe(true);
    const mixed = generateSet({ seed: 5, count: 16 });
    expect(new Set(mixed.map((e) => e.kind)).size).toBe(8);
  });
});
