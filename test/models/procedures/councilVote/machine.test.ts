import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { replay, stateValueString } from '../../../../models/procedures/core';
import { play } from '../../../helpers/replay';
import {
  councilVoteDefinition,
  councilVoteInputSchema,
  councilVoteMachine,
  explainCouncilVote,
  offerCouncilVote,
  type CouncilVoteContext,
  type CouncilVoteEvent,
  type CouncilVoteInput,
} from '../../../../models/procedures/councilVote';

/** A republican council of 9: the GPO chairs; two invited participants. */
const council: CouncilVoteInput = {
  startDate: '2025-03-13',
  body: {
    kind: 'coordinationCouncil',
    level: 'republican',
    chairId: 'gpo',
    permanentMembers: ['gpo', 'agency-mvd', 'agency-knb', 'agency-minjust', 'agency-afm', 'agency-anticor', 'agency-mchs', 'agency-customs', 'agency-border'],
    invited: ['agency-supreme-court', 'agency-government'],
  },
};

const present = (...ids: string[]): CouncilVoteEvent[] => ids.map((memberId) => ({ type: 'attendance.mark', memberId, present: true }));
const cast = (memberId: string, choice: 'for' | 'against' | 'abstain'): CouncilVoteEvent => ({ type: 'vote.cast', memberId, choice });
const six = ['gpo', 'agency-mvd', 'agency-knb', 'agency-minjust', 'agency-afm', 'agency-anticor'];

/** The shared harness: the snapshot after the events. */
function session(input: CouncilVoteInput, events: CouncilVoteEvent[]): AnyMachineSnapshot {
  return play(councilVoteDefinition, input, events).snapshot;
}
const ctx = (s: AnyMachineSnapshot) => s.context as CouncilVoteContext;
const opening: CouncilVoteEvent[] = [{ type: 'session.convene', kind: 'regular' }, ...present(...six), { type: 'quorum.check' }];

describe('input', () => {
  it('parses the sample council and resolves the defaults into context', () => {
    expect(councilVoteInputSchema.safeParse(council).success).toBe(true);
    const c = ctx(session(council, []));
    expect(c.rules).toEqual({ quorum: { num: 2, den: 3 }, majority: 'ofPresent', chairCastingVote: false });
    expect(c).toMatchObject({ date: '2025-03-13', present: [], decisions: [], sessionKind: null, quorum: { present: 0, permanent: 9, needed: 6, met: false } });
  });

  it('overrides one rule at a time; a collegium defaults to no quorum and ofTotal', () => {
    expect(ctx(session({ ...council, rules: { majority: 'ofVotesCast' } }, [])).rules).toEqual({ quorum: { num: 2, den: 3 }, majority: 'ofVotesCast', chairCastingVote: false });
    expect(ctx(session({ ...council, rules: { quorum: null } }, [])).rules.quorum).toBeNull();
    expect(ctx(session({ ...council, body: { ...council.body, kind: 'collegium' } }, [])).rules).toEqual({ quorum: null, majority: 'ofTotal', chairCastingVote: false });
  });

  it('refuses a chair who is not a permanent member, a duplicate, an invited permanent member, a bad date', () => {
    const bad = (patch: Partial<CouncilVoteInput['body']>, startDate = '2025-03-13') =>
      councilVoteInputSchema.safeParse({ ...council, startDate, body: { ...council.body, ...patch } }).success;
    expect(bad({ chairId: 'nobody' })).toBe(false);
    expect(bad({ permanentMembers: ['gpo', 'gpo'] })).toBe(false);
    expect(bad({ invited: ['agency-mvd'] })).toBe(false);
    expect(bad({}, '2025-02-30')).toBe(false);
    expect(councilVoteInputSchema.safeParse({ ...council, rules: { quorum: { num: 4, den: 3 } } }).success).toBe(false);
  });
});

describe('a session with createActor', () => {
  it('convenes, reaches a quorum, adopts an item and closes with one decision record', () => {
    const actor = createActor(councilVoteMachine, { input: council }).start();
    for (const e of [...opening, { type: 'item.open', itemId: 'q1', title: 'Juvenile crime' }, { type: 'vote.open' }] as CouncilVoteEvent[]) actor.send(e);
    for (const id of six.slice(0, 4)) actor.send(cast(id, 'for'));
    actor.send(cast('agency-afm', 'against'));
    actor.send({ type: 'vote.close' });
    actor.send({ type: 'item.next' });
    actor.send({ type: 'session.close' });
    const s = actor.getSnapshot();
    expect(s.value).toBe('closed');
    expect(s.status).toBe('done');
    // The record names each present member's vote, so that the minutes can list the votes by name.
    const ballots = { gpo: 'for', 'agency-mvd': 'for', 'agency-knb': 'for', 'agency-minjust': 'for', 'agency-afm': 'against', 'agency-anticor': 'none' };
    expect(s.context.decisions).toEqual([{ itemId: 'q1', title: 'Juvenile crime', for: 4, against: 1, abstain: 0, present: 6, adopted: true, rule: 'ofPresent', ballots }]);
    expect(s.context.sessionKind).toBe('regular');
  });
});

describe('single steps with transition()', () => {
  it('quorum.check goes to agenda at 6 of 9 and to inquorate at 5 of 9', () => {
    expect(session(council, opening).value).toBe('agenda');
    const five = session(council, [{ type: 'session.convene', kind: 'extraordinary' }, ...present(...six.slice(0, 5)), { type: 'quorum.check' }]);
    expect(five.value).toBe('inquorate');
    expect(ctx(five).sessionKind).toBe('extraordinary');
  });

  it('invited participants do not count towards the quorum', () => {
    const s = session(council, [{ type: 'session.convene', kind: 'regular' }, ...present(...six.slice(0, 5), 'agency-supreme-court', 'agency-government'), { type: 'quorum.check' }]);
    expect(s.value).toBe('inquorate');
    expect(ctx(s).quorum).toEqual({ present: 5, permanent: 9, needed: 6, met: false });
    expect(explainCouncilVote(s, { type: 'item.open', itemId: 'x' })).toEqual({
      ok: false, code: 'quorumNotEstablished', citation: 'council.quorum',
      values: { state: 'inquorate', event: 'item.open', present: 5, permanent: 9, needed: 6 },
    });
  });

  it('an inquorate session re-checks after a late arrival and proceeds, or is adjourned', () => {
    const base: CouncilVoteEvent[] = [{ type: 'session.convene', kind: 'regular' }, ...present(...six.slice(0, 5)), { type: 'quorum.check' }];
    expect(session(council, [...base, ...present('agency-mchs'), { type: 'quorum.check' }]).value).toBe('agenda');
    expect(session(council, [...base, { type: 'quorum.check' }]).value).toBe('inquorate');
    expect(session(council, [...base, { type: 'session.adjourn' }]).value).toBe('adjourned');
  });

  it('unknown ids are refused at attendance', () => {
    const s = session(council, [{ type: 'session.convene', kind: 'regular' }]);
    const e: CouncilVoteEvent = { type: 'attendance.mark', memberId: 'stranger', present: true };
    expect(explainCouncilVote(s, e)).toMatchObject({ ok: false, code: 'memberUnknown', citation: 'council.composition' });
    expect(s.can(e)).toBe(false);
  });
});

describe('voting', () => {
  const voting: CouncilVoteEvent[] = [...opening, ...present('agency-supreme-court'), { type: 'item.open', itemId: 'q1' }, { type: 'vote.open' }];

  it('an invited participant never votes', () => {
    const s = session(council, voting);
    const e = cast('agency-supreme-court', 'for');
    expect(explainCouncilVote(s, e)).toEqual({ ok: false, code: 'invitedCannotVote', citation: 'council.invited', values: { memberId: 'agency-supreme-court' } });
    expect(ctx(session(council, [...voting, e])).votes).toEqual({});
  });

  it('a member votes once per item; an absent member does not vote', () => {
    const s = session(council, [...voting, cast('agency-mvd', 'for')]);
    expect(explainCouncilVote(s, cast('agency-mvd', 'against'))).toMatchObject({ ok: false, code: 'voteAlreadyCast', citation: 'council.equality', values: { memberId: 'agency-mvd', choice: 'for' } });
    expect(ctx(transition(councilVoteMachine, s, cast('agency-mvd', 'against'))[0] as AnyMachineSnapshot).votes).toEqual({ 'agency-mvd': 'for' });
    expect(explainCouncilVote(s, cast('agency-border', 'for'))).toMatchObject({ ok: false, code: 'voterNotPresent' });
  });

  it('a lost quorum refuses vote.close with the numbers; a return restores it', () => {
    const lost = session(council, [...voting, ...six.map((id) => cast(id, 'for')), { type: 'attendance.mark', memberId: 'agency-anticor', present: false }]);
    expect(ctx(lost).votes['agency-anticor']).toBeUndefined();
    expect(explainCouncilVote(lost, { type: 'vote.close' })).toEqual({ ok: false, code: 'quorumLost', citation: 'council.quorum', values: { present: 5, permanent: 9, needed: 6 } });
    expect(session(council, [...voting, ...six.map((id) => cast(id, 'for')), { type: 'attendance.mark', memberId: 'agency-anticor', present: false }, { type: 'vote.close' }]).value).toBe('voting');
    const back = session(council, [...voting, ...six.map((id) => cast(id, 'for')), { type: 'attendance.mark', memberId: 'agency-anticor', present: false }, ...present('agency-mchs'), { type: 'vote.close' }]);
    expect(back.value).toBe('discussion');
    // The member who walked out took their vote along and is not in the record; the one who came back late cast none.
    const ballots = { gpo: 'for', 'agency-mvd': 'for', 'agency-knb': 'for', 'agency-minjust': 'for', 'agency-afm': 'for', 'agency-mchs': 'none' };
    expect(ctx(back).decisions).toEqual([{ itemId: 'q1', for: 5, against: 0, abstain: 0, present: 6, adopted: true, rule: 'ofPresent', ballots }]);
  });

  it('an item is opened once and voted once; the session does not close with a vote open', () => {
    const decided = session(council, [...voting, cast('gpo', 'for'), { type: 'vote.close' }]);
    expect(ctx(decided).decisions[0]).toMatchObject({ itemId: 'q1', for: 1, adopted: false });
    expect(explainCouncilVote(decided, { type: 'vote.open' })).toMatchObject({ ok: false, code: 'itemAlreadyDecided' });
    const back = session(council, [...voting, { type: 'vote.close' }, { type: 'item.next' }]);
    expect(explainCouncilVote(back, { type: 'item.open', itemId: 'q1' })).toMatchObject({ ok: false, code: 'itemAlreadyOpened', values: { itemId: 'q1' } });
    expect(explainCouncilVote(session(council, voting), { type: 'session.close' })).toMatchObject({ ok: false, code: 'voteStillOpen' });
  });

  it('a tie with the chair voting for passes only with the casting vote switched on', () => {
    const tie: CouncilVoteEvent[] = [...voting, cast('gpo', 'for'), cast('agency-mvd', 'for'), cast('agency-knb', 'for'), cast('agency-minjust', 'against'), cast('agency-afm', 'against'), cast('agency-anticor', 'against'), { type: 'vote.close' }];
    expect(ctx(session(council, tie)).decisions[0]?.adopted).toBe(false);
    expect(ctx(session({ ...council, rules: { chairCastingVote: true } }, tie)).decisions[0]?.adopted).toBe(true);
  });
});

describe('time', () => {
  it('moves forward only and stops at the end of the session', () => {
    const s = session(council, [{ type: 'time.advance', days: 3 }]);
    expect(ctx(s).date).toBe('2025-03-16');
    expect(explainCouncilVote(s, { type: 'time.advanceTo', date: '2025-03-01' })).toMatchObject({ ok: false, code: 'timeBackwards' });
    expect(ctx(session(council, [{ type: 'time.advanceTo', date: '2025-03-01' }])).date).toBe('2025-03-13');
    const done = session(council, [{ type: 'session.convene', kind: 'regular' }, { type: 'session.adjourn' }]);
    expect(explainCouncilVote(done, { type: 'time.advance', days: 1 })).toMatchObject({ ok: false, code: 'procedureFinished' });
  });
});

describe('the definition', () => {
  it('the shared replay records rejections with their code and keeps the state', () => {
    const steps = replay(councilVoteDefinition, council, [...opening, { type: 'item.open', itemId: 'q1' }, { type: 'vote.open' }, cast('agency-border', 'for')]);
    const last = steps.at(-1);
    expect(last?.verdict).toMatchObject({ ok: false, code: 'voterNotPresent' });
    expect(last && stateValueString(last.snapshot)).toBe('voting');
  });

  it('offers vote buttons for present members and greyed ones for invited and absent', () => {
    const s = session(council, [...opening, ...present('agency-supreme-court'), { type: 'item.open', itemId: 'q1' }, { type: 'vote.open' }]);
    const casts = offerCouncilVote(s).filter((o) => o.event.type === 'vote.cast');
    expect(casts.length).toBe(6 * 3 + 3 + 1);
    const refused = casts.filter((o) => !explainCouncilVote(s, o.event).ok).map((o) => (o.event as { memberId: string }).memberId);
    expect(new Set(refused)).toEqual(new Set(['agency-mchs', 'agency-customs', 'agency-border', 'agency-supreme-court']));
    expect(offerCouncilVote(s).filter((o) => o.event.type === 'attendance.mark').length).toBe(11);
  });

  it('explain agrees with the machine on every offered event along a session', () => {
    const events: CouncilVoteEvent[] = [...opening, { type: 'item.open', itemId: 'q1' }, { type: 'vote.open' }, cast('gpo', 'for'), { type: 'attendance.mark', memberId: 'agency-mvd', present: false }, { type: 'vote.close' }, { type: 'item.next' }];
    let [s] = initialTransition(councilVoteMachine, council);
    for (const e of events) {
      for (const o of councilVoteDefinition.offers(s)) {
        expect([o.event.type, councilVoteDefinition.explain(s, o.event).ok]).toEqual([o.event.type, s.can(o.event)]);
      }
      [s] = transition(councilVoteMachine, s, e);
    }
  });
});
