import { describe, expect, it } from 'vitest';
import { addMonthsMovedOff } from '../../../../models/procedures/core/time';
import {
  appealDefinition,
  appealEventsAfterInspection,
  inspectionInputFromAppeal,
  isAwaitingInspection,
} from '../../../../models/procedures/appeal';
import { inspectionDefinition } from '../../../../models/procedures/inspection';
import { initialContext } from '../../../../models/procedures/inspection/context';
import { inspectionInputSchema } from '../../../../models/procedures/inspection/schema';
import { appealInput, run } from './helpers';

describe('appeal rules', () => {
  it('is registered on the day of arrival only', () => {
    expect(run(appealInput(), [{ type: 'appeal.register' }]).state).toBe('registered.ordinary');
    const late = run(appealInput(), [{ type: 'time.advance', days: 1 }, { type: 'appeal.register' }]);
    expect(late.codes).toEqual(['ok', 'registrationDayPassed']);
    expect(late.state).toBe('received');
  });

  it('counts fifteen working days from the day after registration, over Nauryz', () => {
    // 19 March 2025: 20 March, then 21–25 March off, 26 March ... the fifteenth is Monday 14 April.
    expect(run(appealInput(), [{ type: 'appeal.register' }]).ctx.deadline).toBe('2025-04-14');
    // Arrived 10 June, no holiday in the way: three weeks of working days, 1 July.
    expect(run(appealInput({ startDate: '2025-06-10' }), [{ type: 'appeal.register' }]).ctx.deadline).toBe('2025-07-01');
  });

  it('records an answer after the term as late, and one on the last day as in time', () => {
    const onTime = run(appealInput(), [{ type: 'appeal.register' }, { type: 'time.advanceTo', date: '2025-04-14' }, { type: 'appeal.answer', outcome: 'rejected' }]);
    expect(onTime.ctx.answer).toMatchObject({ late: false, dueBy: '2025-04-14' });
    const late = run(appealInput(), [{ type: 'appeal.register' }, { type: 'time.advanceTo', date: '2025-04-15' }, { type: 'appeal.answer', outcome: 'rejected' }]);
    expect(late.codes).toEqual(['ok', 'ok', 'ok']);
    expect(late.ctx.answer).toMatchObject({ late: true, on: '2025-04-15' });
  });

  it('extends once, by up to two months after arrival (moved off a day off), and not after the term', () => {
    // Arrived 19 March: two months is 19 May, a Monday.
    expect(addMonthsMovedOff('2025-03-19', 2)).toBe('2025-05-19');
    // Arrived 5 May: 5 July is a Saturday, and Monday 7 July is off for Capital Day (6 July, a Sunday): Tuesday 8 July.
    expect(addMonthsMovedOff('2025-05-05', 2)).toBe('2025-07-08');
    expect(addMonthsMovedOff('2024-12-31', 2)).toBe('2025-02-28');
    const base = [{ type: 'appeal.register' }] as const;
    expect(run(appealInput(), [...base, { type: 'appeal.extend', until: '2025-05-20' }]).verdict).toMatchObject({ code: 'extensionTooLong', values: { max: '2025-05-19' } });
    expect(run(appealInput(), [...base, { type: 'appeal.extend', until: '2025-05-19' }]).state).toBe('registered.extended');
    expect(run(appealInput(), [...base, { type: 'appeal.extend', until: '2025-04-14' }]).codes).toEqual(['ok', 'extensionNotLonger']);
    expect(run(appealInput(), [...base, { type: 'appeal.extend', until: '2025-05-01' }, { type: 'appeal.extend', until: '2025-05-19' }]).codes).toEqual(['ok', 'ok', 'alreadyExtended']);
    expect(run(appealInput(), [...base, { type: 'time.advanceTo', date: '2025-04-15' }, { type: 'appeal.extend', until: '2025-05-19' }]).codes).toEqual(['ok', 'ok', 'extensionAfterTerm']);
  });

  it('tells the applicant within three working days of the extension: the third day in time, the fourth late', () => {
    // Extended Thursday 27 March: 28, 31 March, 1 April.
    const ext = [{ type: 'appeal.register' }, { type: 'time.advanceTo', date: '2025-03-27' }, { type: 'appeal.extend', until: '2025-05-19' }] as const;
    const inTime = run(appealInput(), [...ext, { type: 'time.advanceTo', date: '2025-04-01' }, { type: 'applicant.notify' }]);
    expect(inTime.ctx.extension?.notifyBy).toBe('2025-04-01');
    expect(inTime.ctx.noticeLate).toBe(false);
    expect(run(appealInput(), [...ext, { type: 'time.advanceTo', date: '2025-04-02' }, { type: 'applicant.notify' }]).ctx.noticeLate).toBe(true);
    expect(run(appealInput(), [...ext, { type: 'applicant.notify' }, { type: 'applicant.notify' }]).codes.at(-1)).toBe('applicantAlreadyNotified');
    expect(run(appealInput(), [{ type: 'appeal.register' }, { type: 'applicant.notify' }]).codes.at(-1)).toBe('notExtended');
  });

  it('waits for an inspection, then gives ten working days for the final answer', () => {
    const r = run(appealInput({ startDate: '2025-09-01' }), [
      { type: 'appeal.register' },
      { type: 'inspection.appoint' },
      { type: 'appeal.extend', until: '2025-10-01' },
      { type: 'appeal.answer', outcome: 'satisfied' },
      { type: 'time.advanceTo', date: '2025-10-15' },
      { type: 'inspection.finish' },
      { type: 'inspection.finish' },
    ]);
    expect(r.codes).toEqual(['ok', 'ok', 'awaitingInspection', 'inspectionNotFinished', 'ok', 'ok', 'inspectionAlreadyFinished']);
    expect(r.ctx.inspection).toMatchObject({ appointedOn: '2025-09-01', interimReplyOn: '2025-09-01', finishedOn: '2025-10-15', answerBy: '2025-10-30' });
    expect(isAwaitingInspection(r.ctx)).toBe(false);
  });

  it('dismisses an anonymous appeal unless it concerns a crime or national security, and a repeated one without new arguments', () => {
    const dismiss = (reason: 'anonymous' | 'repeated') => [{ type: 'appeal.register' }, { type: 'appeal.dismiss', reason }] as const;
    expect(run(appealInput({ anonymous: true }), [...dismiss('anonymous')]).state).toBe('dismissed');
    expect(run(appealInput({ anonymous: true, concerns: 'other' }), [...dismiss('anonymous')]).state).toBe('dismissed');
    expect(run(appealInput({ anonymous: true, concerns: 'crime' }), [...dismiss('anonymous')]).codes).toEqual(['ok', 'anonymousConcernsCrime']);
    expect(run(appealInput({ anonymous: true, concerns: 'nationalSecurity' }), [...dismiss('anonymous')]).codes).toEqual(['ok', 'anonymousConcernsCrime']);
    expect(run(appealInput({ anonymous: true, concerns: 'crime' }), [{ type: 'appeal.register' }, { type: 'appeal.answer', outcome: 'explained' }]).state).toBe('answered');
    expect(run(appealInput({ repeatedWithoutNewArguments: true }), [...dismiss('repeated')]).ctx.dismissal).toEqual({ reason: 'repeated', on: '2025-03-19' });
    expect(run(appealInput(), [...dismiss('repeated')]).codes).toEqual(['ok', 'notRepeated']);
  });

  it('opens an inspection of a state body by decision, and takes its end back as inspection.finish', () => {
    const appointed = run(appealInput({ startDate: '2025-09-01', prosecutor: { role: 'districtProsecutor', unitId: 'd-7' } }), [{ type: 'appeal.register' }, { type: 'inspection.appoint' }]);
    expect(isAwaitingInspection(appointed.ctx)).toBe(true);
    const input = inspectionInputFromAppeal(appointed.ctx, 'Appeal of 1 September');
    expect(input).toMatchObject({ startDate: '2025-09-01', initiator: { role: 'districtProsecutor', unitId: 'd-7' }, basis: 'decision', subject: { kind: 'stateBody' }, area: 'general', linkedRun: { procedure: 'appeal', title: 'Appeal of 1 September' } });
    // The inspection takes the link back as it is, and the inspection's definition offers the opening.
    expect(inspectionInputSchema.safeParse(input).success).toBe(true);
    const { linkedRun: _link, ...plain } = input;
    const opening = inspectionDefinition.openedFrom.find((o) => o.from === 'appeal');
    expect(opening?.when(appointed.ctx)).toBe(true);
    expect(opening?.input(appointed.ctx, 'Appeal of 1 September')).toEqual(input);
    const inspection = { ...initialContext(plain), completedOn: '2025-10-10', decidedOn: '2025-10-15', decision: 'noViolations' as const };
    const events = appealEventsAfterInspection(inspection, appointed.ctx);
    expect(events).toEqual([{ type: 'time.advanceTo', date: '2025-10-15' }, { type: 'inspection.finish' }]);
    const back = run(appealInput({ startDate: '2025-09-01' }), [{ type: 'appeal.register' }, { type: 'inspection.appoint' }, ...events]);
    expect(back.ctx.inspection?.answerBy).toBe('2025-10-30');
    expect(appealEventsAfterInspection({ ...inspection, completedOn: null, decidedOn: null }, appointed.ctx)).toEqual([]);
  });

  it('fills the whole definition', () => {
    const def = appealDefinition;
    expect(def.inputSchema.safeParse(def.defaultInput).success).toBe(true);
    expect(def.theme).toBe(5);
    expect(def.meetingView).toBe(false);
    expect(def.eventCitation?.('appeal.register', {})).toBe('appeal.registration');
  });
});
