import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { initialContext } from '../../../../models/procedures/inspection/context';
import {
  isDecidedWithRepresentation,
  representationDefinition,
  representationInputFromInspection,
  representationInputSchema,
  representationMachine,
} from '../../../../models/procedures/representation';
import { run, representationInput } from './helpers';

describe('representation rules', () => {
  it('gives thirty calendar days from the day after bringing, moved off a day off', () => {
    // Brought Monday 3 March 2025: +30 is Wednesday 2 April, a working day.
    expect(run(representationInput(), [{ type: 'representation.bring' }]).ctx.deadline).toBe('2025-04-02');
    // Brought Friday 21 February 2025: +30 is Sunday 23 March, inside Nauryz (21–25 March off): Wednesday 26 March.
    expect(run(representationInput({ startDate: '2025-02-21' }), [{ type: 'representation.bring' }]).ctx.deadline).toBe('2025-03-26');
  });

  it('takes a term of the prosecutor\'s only where irreparable harm threatens', () => {
    const term = { days: 5, unit: 'working' } as const;
    expect(run(representationInput(), [{ type: 'representation.bring', term }]).codes).toEqual(['termWithoutHarm']);
    const r = run(representationInput({ irreversibleHarm: true }), [{ type: 'representation.bring', term }]);
    expect(r.codes).toEqual(['ok']);
    // 4–7 March, then Monday 10 March is off for Women's Day (8 March on a Saturday): the fifth is 11 March.
    expect(r.ctx.deadline).toBe('2025-03-11');
    expect(r.ctx.term).toEqual({ days: 5, unit: 'working', custom: true });
  });

  it('wants the hearing notified at least three working days ahead: exactly 3 passes, 2 does not', () => {
    // Today Monday 3 March: Thursday 6 March leaves 4, 5, 6 March; Wednesday 5 March only two.
    expect(run(representationInput(), [{ type: 'representation.bring' }, { type: 'hearing.notify', date: '2025-03-06' }]).codes).toEqual(['ok', 'ok']);
    const short = run(representationInput(), [{ type: 'representation.bring' }, { type: 'hearing.notify', date: '2025-03-05' }]);
    expect(short.codes).toEqual(['ok', 'hearingNoticeTooShort']);
    expect(short.verdict).toMatchObject({ citation: 'representation.hearing', values: { workingDays: 2, minimumWorkingDays: 3 } });
    // Over a weekend: notified Thursday 13 March, Tuesday 18 March is 14, 17, 18 March: three; Monday 17th two.
    expect(run(representationInput({ startDate: '2025-03-13' }), [{ type: 'representation.bring' }, { type: 'hearing.notify', date: '2025-03-18' }]).codes).toEqual(['ok', 'ok']);
    expect(run(representationInput({ startDate: '2025-03-13' }), [{ type: 'representation.bring' }, { type: 'hearing.notify', date: '2025-03-17' }]).codes).toEqual(['ok', 'hearingNoticeTooShort']);
    // Over a holiday: notified Thursday 6 March, 7 and 11 March are working (10 March is off): the 12th is the first lawful day.
    expect(run(representationInput({ startDate: '2025-03-06' }), [{ type: 'representation.bring' }, { type: 'hearing.notify', date: '2025-03-11' }]).codes).toEqual(['ok', 'hearingNoticeTooShort']);
    expect(run(representationInput({ startDate: '2025-03-06' }), [{ type: 'representation.bring' }, { type: 'hearing.notify', date: '2025-03-12' }]).codes).toEqual(['ok', 'ok']);
  });

  it('refuses a hearing after the term and a consideration before the hearing day', () => {
    const r = run(representationInput(), [
      { type: 'representation.bring' },
      { type: 'hearing.notify', date: '2025-04-03' },
      { type: 'representation.consider', outcome: 'accepted' },
      { type: 'hearing.notify', date: '2025-03-10' },
      { type: 'representation.consider', outcome: 'accepted' },
      { type: 'time.advanceTo', date: '2025-03-10' },
      { type: 'representation.consider', outcome: 'accepted' },
      { type: 'measures.report' },
    ]);
    expect(r.codes).toEqual(['ok', 'hearingAfterDeadline', 'hearingNotNotified', 'ok', 'hearingNotYetHeld', 'ok', 'ok', 'ok']);
    expect(r.state).toBe('closed');
  });

  it('is left unconsidered the day after the term, and only then (or on rejection) goes to court', () => {
    const events = [{ type: 'representation.bring' }, { type: 'court.file' }, { type: 'time.advanceTo', date: '2025-04-02' }] as const;
    const onLastDay = run(representationInput(), [...events]);
    expect(onLastDay.codes).toEqual(['ok', 'claimBeforeDecision', 'ok']);
    expect(onLastDay.state).toBe('pending.awaitingHearing');
    const after = run(representationInput(), [...events, { type: 'time.advance', days: 1 }, { type: 'representation.consider', outcome: 'accepted' }, { type: 'court.file' }, { type: 'court.rule', outcome: 'obliged' }]);
    expect(after.codes.slice(3)).toEqual(['ok', 'deadlinePassed', 'ok', 'ok']);
    expect(after.state).toBe('closed');
    expect(after.ctx).toMatchObject({ lapsedOn: '2025-04-03', courtFiledOn: '2025-04-03', courtOutcome: 'obliged' });
  });

  it('goes to court after a rejection but not after an acceptance', () => {
    const base = [{ type: 'representation.bring' }, { type: 'hearing.notify', date: '2025-03-06' }, { type: 'time.advanceTo', date: '2025-03-06' }] as const;
    expect(run(representationInput(), [...base, { type: 'representation.consider', outcome: 'rejected' }, { type: 'measures.report' }, { type: 'court.file' }]).codes.slice(3)).toEqual(['ok', 'measuresWithoutAcceptance', 'ok']);
    expect(run(representationInput(), [...base, { type: 'representation.consider', outcome: 'partiallyAccepted' }, { type: 'court.file' }]).codes.slice(3)).toEqual(['ok', 'claimAfterAcceptance']);
  });

  it('refuses the President, malformed events and backwards time, the state unchanged', () => {
    expect(run(representationInput({ prosecutor: { role: 'president' } }), [{ type: 'representation.bring' }]).codes).toEqual(['notProsecutor']);
    const r = run(representationInput(), [{ type: 'representation.bring', term: { days: 0, unit: 'working' } } as never, { type: 'time.advanceTo', date: '2025-03-01' }]);
    expect(r.codes).toEqual(['invalidEvent', 'timeBackwards']);
    expect(r.state).toBe('draft');
  });

  it('works on a live actor too', () => {
    const actor = createActor(representationMachine, { input: representationInput() }).start();
    actor.send({ type: 'representation.bring' });
    actor.send({ type: 'hearing.notify', date: '2025-03-05' });
    expect(actor.getSnapshot().value).toEqual({ pending: 'awaitingHearing' });
    actor.send({ type: 'hearing.notify', date: '2025-03-06' });
    expect(actor.getSnapshot().value).toEqual({ pending: 'scheduled' });
    actor.stop();
  });

  it('opens from an inspection decided with a representation, keeping the prosecutor and linking back', () => {
    const ctx = initialContext({ startDate: '2025-03-03', initiator: { role: 'districtProsecutor', unitId: 'd-1' }, basis: 'decision', ground: 'minors', subject: { kind: 'business' }, area: 'general' });
    expect(isDecidedWithRepresentation(ctx)).toBe(false);
    const decided = { ...ctx, decision: 'representation' as const, decidedOn: '2025-04-15', date: '2025-04-16' };
    expect(isDecidedWithRepresentation(decided)).toBe(true);
    const opening = representationDefinition.openedFrom?.[0];
    expect(opening?.from).toBe('inspection');
    expect(opening?.when(decided)).toBe(true);
    const input = representationInputFromInspection(decided, 'Routine');
    expect(input).toEqual({ startDate: '2025-04-15', prosecutor: { role: 'districtProsecutor', unitId: 'd-1' }, addressee: 'organisation', linkedRun: { procedure: 'inspection', title: 'Routine' } });
    expect(representationInputSchema.safeParse(input).success).toBe(true);
    expect(opening?.input(decided, 'Routine')).toEqual(input);
  });

  it('fills the whole definition: default input parses, every state and code has its words', () => {
    const def = representationDefinition;
    expect(def.inputSchema.safeParse(def.defaultInput).success).toBe(true);
    for (const f of def.inputFields ?? []) for (const lang of ['kk', 'ru', 'en'] as const) expect(f.label[lang].length).toBeGreaterThan(0);
    expect(def.meetingView).toBe(false);
    expect(def.theme).toBe(6);
    expect(def.eventCitation?.('hearing.notify', {})).toBe('representation.hearing');
    expect(def.eventCitation?.('time.advance', {})).toBeNull();
  });
});
