import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot } from 'xstate';
import { availableEventTypes } from '../../../../models/procedures/core';
import { stateValueString } from '../../../../models/procedures/core/replay';
import {
  explainProtest,
  protestDefinition,
  protestInputSchema,
  protestMachine,
  protestPhase,
  type ProtestContext,
  type ProtestEvent,
  type ProtestPhase,
} from '../../../../models/procedures/protest';
import { protest, protestInput } from './helpers';

describe('the protest machine, as an actor', () => {
  it('runs a protest from bringing to the court\'s ruling and keeps the dates of each step', () => {
    const actor = createActor(protestMachine, { input: protestInput({ startDate: '2025-04-29' }) }).start();
    actor.send({ type: 'protest.bring' });
    expect(actor.getSnapshot().context).toMatchObject({ broughtOn: '2025-04-29', deadline: '2025-05-12', term: { days: 10, unit: 'calendar', custom: false } });
    actor.send({ type: 'hearing.notify', date: '2025-05-06' });
    actor.send({ type: 'time.advanceTo', date: '2025-05-06' });
    actor.send({ type: 'protest.consider', outcome: 'partiallySatisfied' });
    expect(actor.getSnapshot().value).toEqual({ considered: 'partiallySatisfied' });
    actor.send({ type: 'court.file' });
    actor.send({ type: 'time.advance', days: 14 });
    actor.send({ type: 'court.rule', outcome: 'actUnlawful' });
    const s = actor.getSnapshot();
    expect(s.value).toBe('closed');
    expect(s.status).toBe('done');
    expect(s.context).toMatchObject({
      hearingDate: '2025-05-06',
      notifiedOn: '2025-04-29',
      consideredOn: '2025-05-06',
      outcome: 'partiallySatisfied',
      courtFiledOn: '2025-05-06',
      courtOutcome: 'actUnlawful',
      closedOn: '2025-05-20',
    });
  });

  it('refuses malformed events sent straight to the actor instead of breaking the date', () => {
    const actor = createActor(protestMachine, { input: protestInput() }).start();
    actor.send({ type: 'time.advance' } as unknown as ProtestEvent);
    actor.send({ type: 'time.advanceTo', date: '2025-02-30' });
    actor.send({ type: 'protest.bring', term: { days: 2.5, unit: 'working' } });
    expect(actor.getSnapshot().value).toBe('draft');
    expect(actor.getSnapshot().context.date).toBe('2025-03-11');
    actor.send({ type: 'protest.bring' });
    actor.send({ type: 'hearing.notify', date: '2025-03-11' });
    actor.send({ type: 'protest.consider', outcome: 'maybe' } as unknown as ProtestEvent);
    expect(actor.getSnapshot().value).toEqual({ pending: 'scheduled' });
  });
});

describe('explain()', () => {
  it('reports a malformed event with the failing path', () => {
    const { snapshot } = protest(protestInput(), []);
    expect(explainProtest(snapshot, { type: 'hearing.notify', date: 'tomorrow' })).toMatchObject({ ok: false, code: 'invalidEvent', values: { path: 'date' } });
  });

  it('says the run is finished after withdrawal', () => {
    const { snapshot } = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'protest.withdraw', by: 'author' }]);
    expect(explainProtest(snapshot, { type: 'time.advance', days: 1 })).toMatchObject({ ok: false, code: 'procedureFinished' });
  });

  it('answers for events that are not for now with a reason, e.g. a ruling before any claim', () => {
    const { snapshot } = protest(protestInput(), [{ type: 'protest.bring' }]);
    expect(explainProtest(snapshot, { type: 'court.rule', outcome: 'actUnlawful' })).toMatchObject({ ok: false, code: 'notInCourt', citation: 'protest.claim' });
    const draft = protest(protestInput(), []).snapshot;
    expect(explainProtest(draft, { type: 'hearing.notify', date: '2025-03-12' })).toMatchObject({ ok: false, code: 'notBrought' });
  });
});

/** The event types a snapshot's active state nodes (leaf and ancestors) handle. */
function handled(s: AnyMachineSnapshot): string[] {
  return [...new Set(s._nodes.flatMap((n) => [...n.transitions.keys()]))].sort();
}

describe('the core reads the events of each phase from the machine', () => {
  const reach: Record<ProtestPhase, ProtestEvent[]> = {
    draft: [],
    awaitingHearing: [{ type: 'protest.bring' }],
    scheduled: [{ type: 'protest.bring' }, { type: 'hearing.notify', date: '2025-03-11' }],
    withdrawn: [{ type: 'protest.bring' }, { type: 'protest.withdraw', by: 'author' }],
    satisfied: [{ type: 'protest.bring' }, { type: 'hearing.notify', date: '2025-03-11' }, { type: 'protest.consider', outcome: 'satisfied' }],
    partiallySatisfied: [{ type: 'protest.bring' }, { type: 'hearing.notify', date: '2025-03-11' }, { type: 'protest.consider', outcome: 'partiallySatisfied' }],
    rejected: [{ type: 'protest.bring' }, { type: 'hearing.notify', date: '2025-03-11' }, { type: 'protest.consider', outcome: 'rejected' }],
    notConsidered: [{ type: 'protest.bring' }, { type: 'time.advance', days: 30 }],
    inCourt: [{ type: 'protest.bring' }, { type: 'time.advance', days: 30 }, { type: 'court.file' }],
    closed: [{ type: 'protest.bring' }, { type: 'time.advance', days: 30 }, { type: 'court.file' }, { type: 'court.rule', outcome: 'claimDismissed' }],
  };

  for (const phase of Object.keys(reach) as ProtestPhase[]) {
    it(`matches what the machine takes in ${phase}`, () => {
      const { snapshot } = protest(protestInput(), reach[phase]);
      expect(protestPhase(snapshot)).toBe(phase);
      const live = snapshot.status === 'active' ? handled(snapshot) : [];
      expect([...availableEventTypes(snapshot)].sort()).toEqual(live);
    });
  }
});

describe('the definition', () => {
  it('parses its own default input and names the governing article', () => {
    expect(protestInputSchema.safeParse(protestInput()).success).toBe(true);
    expect(protestInputSchema.safeParse({ ...protestInput(), addressee: 'nobody' }).success).toBe(false);
    expect(protestDefinition.id).toBe('protest');
    expect(protestDefinition.citation).toBe('protest.definition');
    expect(protestDefinition.title.kk.length).toBeGreaterThan(0);
  });

  it('offers a refused 2-working-day term next to the accepted ones in the draft', () => {
    const { snapshot } = protest(protestInput({ startDate: '2025-03-19' }), []);
    const offers = protestDefinition.offers(snapshot);
    const verdicts = offers
      .filter((o) => o.event.type === 'protest.bring')
      .map((o) => [JSON.stringify(o.event), protestDefinition.explain(snapshot, o.event).ok]);
    expect(verdicts).toEqual([
      ['{"type":"protest.bring"}', true],
      ['{"type":"protest.bring","term":{"days":3,"unit":"working"}}', true],
      ['{"type":"protest.bring","term":{"days":2,"unit":"working"}}', false],
    ]);
  });

  it('offers a way past the deadline and to the hearing day', () => {
    const { snapshot } = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'hearing.notify', date: '2025-03-14' }]);
    const times = protestDefinition.offers(snapshot).filter((o) => o.event.type === 'time.advanceTo').map((o) => o.event);
    expect(times).toEqual([
      { type: 'time.advanceTo', date: '2025-03-14' },
      { type: 'time.advanceTo', date: '2025-03-27' },
    ]);
    expect(stateValueString(snapshot)).toBe('pending.scheduled');
    expect((snapshot.context as ProtestContext).deadline).toBe('2025-03-26');
  });
});

describe('withdrawal once in court', () => {
  it('is refused as "after consideration" when the protest was rejected, as "in court" when it lapsed', () => {
    const rejected = protest(protestInput(), [
      { type: 'protest.bring' },
      { type: 'hearing.notify', date: '2025-03-11' },
      { type: 'protest.consider', outcome: 'rejected' },
      { type: 'court.file' },
      { type: 'protest.withdraw', by: 'author' },
    ]);
    expect(rejected.verdicts.at(-1)).toMatchObject({ ok: false, code: 'withdrawAfterConsideration' });
    const lapsed = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'time.advance', days: 30 }, { type: 'court.file' }, { type: 'protest.withdraw', by: 'author' }]);
    expect(lapsed.verdicts.at(-1)).toMatchObject({ ok: false, code: 'alreadyInCourt', values: { courtFiledOn: '2025-04-10' } });
  });
});
