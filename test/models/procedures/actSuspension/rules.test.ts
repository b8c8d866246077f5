import { describe, expect, it } from 'vitest';
import {
  actSuspensionDefinition,
  actSuspensionInputFromInspection,
  actSuspensionInputSchema,
  isHandedToProtest,
  protestInputFromSuspension,
} from '../../../../models/procedures/actSuspension';
import { initialContext } from '../../../../models/procedures/inspection/context';
import { protestDefinition } from '../../../../models/procedures/protest';
import { protestInputSchema } from '../../../../models/procedures/protest/schema';
import { run, suspensionInput } from './helpers';

describe('actSuspension rules', () => {
  it('suspends for at most three working days: 3 passes, 4 does not', () => {
    expect(run(suspensionInput(), [{ type: 'act.suspend', days: 3 }]).ctx).toMatchObject({ days: 3, lastDay: '2025-06-05', suspendedOn: '2025-06-02' });
    expect(run(suspensionInput(), [{ type: 'act.suspend', days: 4 }]).verdict).toMatchObject({ ok: false, code: 'suspensionTooLong', citation: 'actSuspension.resolution', values: { days: 4, max: 3 } });
    expect(run(suspensionInput({ prosecutor: { role: 'president' } }), [{ type: 'act.suspend', days: 1 }]).codes).toEqual(['notProsecutor']);
  });

  it('counts working days: suspended on a Friday for three days, the last day is Wednesday', () => {
    expect(run(suspensionInput({ startDate: '2025-06-13' }), [{ type: 'act.suspend', days: 3 }]).ctx.lastDay).toBe('2025-06-18');
  });

  it('holds on its last day and lapses the day after, by itself', () => {
    const events = [{ type: 'act.suspend', days: 3 }, { type: 'time.advanceTo', date: '2025-06-05' }] as const;
    expect(run(suspensionInput(), [...events]).state).toBe('suspended');
    const lapsed = run(suspensionInput(), [...events, { type: 'time.advance', days: 1 }, { type: 'suspension.lift' }]);
    expect(lapsed.state).toBe('lapsed');
    expect(lapsed.ctx.lapsedOn).toBe('2025-06-06');
    expect(lapsed.codes.at(-1)).toBe('procedureFinished');
  });

  it('is not extended by a second resolution while one runs', () => {
    expect(run(suspensionInput(), [{ type: 'act.suspend', days: 1 }, { type: 'act.suspend', days: 2 }]).codes).toEqual(['ok', 'alreadySuspended']);
  });

  it('hands over to a protest with the same prosecutor and a link back', () => {
    const r = run(suspensionInput({ prosecutor: { role: 'districtProsecutor', unitId: 'd-2' } }), [{ type: 'act.suspend', days: 2 }, { type: 'time.advance', days: 1 }, { type: 'protest.bring' }]);
    expect(r.state).toBe('protested');
    expect(isHandedToProtest(r.ctx)).toBe(true);
    const input = protestInputFromSuspension(r.ctx, 'Suspension');
    expect(input).toEqual({ startDate: '2025-06-03', prosecutor: { role: 'districtProsecutor', unitId: 'd-2' }, act: { issuer: 'official', type: 'individual' }, addressee: 'issuer', linkedRun: { procedure: 'actSuspension', title: 'Suspension' } });
    // The protest takes the link back as it is, and the protest's definition offers the hand-over.
    expect(protestInputSchema.safeParse(input).success).toBe(true);
    const opening = protestDefinition.openedFrom.find((o) => o.from === 'actSuspension');
    expect(opening?.when(r.ctx)).toBe(true);
    expect(opening?.when({ ...r.ctx, protestedOn: null })).toBe(false);
    expect(opening?.input(r.ctx, 'Suspension')).toEqual(input);
  });

  it('opens from an inspection decided with a resolution', () => {
    const ctx = { ...initialContext({ startDate: '2025-03-03', initiator: { role: 'regionalProsecutor' }, basis: 'decision', ground: 'minors', subject: { kind: 'stateBody' }, area: 'general' }), decision: 'resolution' as const, decidedOn: '2025-04-01' };
    const opening = actSuspensionDefinition.openedFrom?.[0];
    expect(opening?.when(ctx)).toBe(true);
    expect(opening?.when({ ...ctx, decision: 'protest' })).toBe(false);
    const input = actSuspensionInputFromInspection(ctx, 'T');
    expect(actSuspensionInputSchema.safeParse(input).success).toBe(true);
    expect(input.startDate).toBe('2025-04-01');
  });

  it('fills the whole definition', () => {
    const def = actSuspensionDefinition;
    expect(def.inputSchema.safeParse(def.defaultInput).success).toBe(true);
    expect(def.theme).toBe(6);
    expect(def.eventCitation?.('protest.bring', {})).toBe('actSuspension.protest');
  });
});
