import { describe, expect, it } from 'vitest';
import { complaintDefinition, complaintInputSchema } from '../../../../models/procedures/complaint';
import { complaintInput, run } from './helpers';

describe('complaint rules', () => {
  it('takes a complaint within three months of learning of the act: the last day passes, the next does not', () => {
    const onLastDay = run(complaintInput({ startDate: '2025-04-10' }), [{ type: 'complaint.file' }]);
    expect(onLastDay.ctx.fileBy).toBe('2025-04-10');
    expect(onLastDay.state).toBe('filed');
    const dayAfter = run(complaintInput({ startDate: '2025-04-11' }), [{ type: 'complaint.file' }]);
    expect(dayAfter.verdict).toMatchObject({ ok: false, code: 'filingTermMissed', citation: 'complaint.filing', values: { fileBy: '2025-04-10', learnedOn: '2025-01-10' } });
  });

  it('moves a three-month term ending on a day off to the next working day', () => {
    // Learned 22 December 2024: 22 March 2025 is in Nauryz (21–25 March off): Wednesday 26 March.
    const r = run(complaintInput({ learnedOn: '2024-12-22', startDate: '2025-03-26' }), [{ type: 'complaint.file' }]);
    expect(r.ctx.fileBy).toBe('2025-03-26');
    expect(r.state).toBe('filed');
  });

  it('files after the term only once the term was restored, and restores only a missed term, once', () => {
    const late = complaintInput({ startDate: '2025-05-05' });
    expect(run(late, [{ type: 'complaint.file' }, { type: 'term.restore', reason: 'in hospital' }, { type: 'complaint.file' }]).codes).toEqual(['filingTermMissed', 'ok', 'ok']);
    expect(run(late, [{ type: 'term.restore', reason: 'x' }, { type: 'term.restore', reason: 'y' }]).codes).toEqual(['ok', 'termAlreadyRestored']);
    expect(run(complaintInput(), [{ type: 'term.restore', reason: 'x' }]).codes).toEqual(['termNotMissed']);
    expect(run(late, [{ type: 'term.restore', reason: '  ' }]).codes).toEqual(['invalidEvent']);
    expect(run(late, [{ type: 'term.restore', reason: '  in hospital ' }]).ctx.restoration).toEqual({ reason: 'in hospital', on: '2025-05-05' });
  });

  it('gives the higher prosecutor twenty working days: a decision on the last day stands, the day after it is too late', () => {
    // Filed Monday 3 March 2025: 10 March (Women's Day substitute) and 21–25 March are off: the twentieth is Friday 4 April.
    const filed = run(complaintInput(), [{ type: 'complaint.file' }]);
    expect(filed.ctx.decideBy).toBe('2025-04-04');
    expect(run(complaintInput(), [{ type: 'complaint.file' }, { type: 'time.advanceTo', date: '2025-04-04' }, { type: 'complaint.decide', outcome: 'partiallyUpheld' }]).state).toBe('decided.partiallyUpheld');
    const lapsed = run(complaintInput(), [{ type: 'complaint.file' }, { type: 'time.advanceTo', date: '2025-04-05' }, { type: 'complaint.decide', outcome: 'upheld' }]);
    expect(lapsed.codes).toEqual(['ok', 'ok', 'decisionTermPassed']);
    expect(lapsed.state).toBe('notDecided');
    expect(lapsed.ctx.lapsedOn).toBe('2025-04-05');
  });

  it('goes to court after a rejection or no decision, not after an upheld one', () => {
    const decide = (outcome: 'upheld' | 'partiallyUpheld' | 'rejected') => run(complaintInput(), [{ type: 'complaint.file' }, { type: 'complaint.decide', outcome }, { type: 'court.file' }]).codes.at(-1);
    expect(decide('rejected')).toBe('ok');
    expect(decide('upheld')).toBe('claimAfterUpheld');
    expect(decide('partiallyUpheld')).toBe('claimAfterUpheld');
    expect(run(complaintInput(), [{ type: 'court.file' }]).codes).toEqual(['notFiled']);
  });

  it('refuses an input where the person learned of the act after the start', () => {
    const r = complaintInputSchema.safeParse(complaintInput({ learnedOn: '2025-03-04' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['learnedOn']);
  });

  it('fills the whole definition', () => {
    const def = complaintDefinition;
    expect(def.inputSchema.safeParse(def.defaultInput).success).toBe(true);
    expect(def.theme).toBe(5);
    expect(def.eventCitation?.('term.restore', {})).toBe('complaint.restore');
  });
});
