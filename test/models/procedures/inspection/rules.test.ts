import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../../../models/calendar';
import { checkAuthority, type InspectionEvent } from '../../../../models/procedures/inspection';
import { APPOINT, STARTED, input, inspect, to } from './fixtures';

const extend = (days: number): InspectionEvent => ({ type: 'inspection.extend', days, reason: 'additionalMaterials' });

describe('who may appoint and on what basis (CL art. 18; Rules item 9)', () => {
  it('the President assigns but does not appoint: a prosecutor issues the resolution', () => {
    const president = input({ initiator: { role: 'president' }, basis: 'presidentAssignment', ground: undefined });
    expect(inspect(president, [APPOINT]).verdict).toMatchObject({ ok: false, code: 'presidentDoesNotAppoint', citation: 'inspection.resolutionIssuers' });
    expect(inspect(president, [APPOINT]).state).toBe('draft');
    expect(inspect({ ...president, initiator: { role: 'regionalProsecutor' } }, [APPOINT]).state).toBe('appointed');
  });
  it('a staff prosecutor cannot appoint', () => {
    const v = checkAuthority(input({ initiator: { role: 'staffProsecutor' }, basis: 'generalProsecutorAssignment' }));
    expect(v).toMatchObject({ ok: false, code: 'notAuthorisedToAppoint', citation: 'inspection.resolutionIssuers' });
  });
  it('a decision needs a ground from the five', () => {
    const { step, state } = inspect(input({ ground: undefined }), [APPOINT]);
    expect(step.verdict).toMatchObject({ ok: false, code: 'groundRequired', citation: 'inspection.decisionGrounds' });
    expect(state).toBe('draft');
  });
  it('a head not listed in art. 18 may not decide, but may carry out an assignment', () => {
    expect(checkAuthority(input({ initiator: { role: 'gpoUnitHead' } }))).toMatchObject({ ok: false, code: 'notEntitledToDecide' });
    expect(checkAuthority(input({ initiator: { role: 'gpoUnitHead' }, basis: 'generalProsecutorAssignment' }))).toEqual({ ok: true });
  });
  it('the President never issues the resolution, whatever the basis', () => {
    expect(checkAuthority(input({ initiator: { role: 'president' }, basis: 'presidentAssignment' }))).toMatchObject({ ok: false, code: 'presidentDoesNotAppoint' });
    expect(checkAuthority(input({ initiator: { role: 'president' } }))).toMatchObject({ ok: false, code: 'presidentDoesNotAppoint' });
  });
  it('the resolution names at least one inspector', () => {
    expect(inspect(input(), [{ type: 'inspection.appoint', inspectors: [] }]).step.verdict).toMatchObject({ ok: false, code: 'noInspectorsNamed' });
  });
  it('urgent applies to detention only', () => {
    expect(inspect(input({ urgent: true }), [APPOINT]).step.verdict).toMatchObject({ ok: false, code: 'urgentOnlyForDetention', citation: 'inspection.urgent' });
  });
});

describe('business subjects and the GP\'s consent (Rules item 9)', () => {
  const business = input({ initiator: { role: 'regionalProsecutor' }, ground: 'businessInterference', subject: { kind: 'business' }, startDate: '2025-05-05' });
  it('a business by decision needs consent; by the GP\'s assignment it does not', () => {
    expect(inspect(business, [APPOINT]).step.verdict).toMatchObject({ ok: false, code: 'consentRequired', citation: 'inspection.business' });
    expect(inspect({ ...business, basis: 'generalProsecutorAssignment' }, [APPOINT]).state).toBe('appointed');
    expect(inspect({ ...business, basis: 'generalProsecutorAssignment' }, [{ type: 'inspection.requestConsent' }]).step.verdict).toMatchObject({ ok: false, code: 'consentNotNeeded' });
  });
  it('only chief military/transport and oblast prosecutors petition', () => {
    const v = inspect({ ...business, initiator: { role: 'districtProsecutor' } }, [{ type: 'inspection.requestConsent' }]).step.verdict;
    expect(v).toMatchObject({ ok: false, code: 'petitionNotBySender', citation: 'inspection.consentPetition' });
  });
  it('the GPO considers within 7 working days: day 7 on time, day 8 overdue', () => {
    const deadline = addWorkingDays('2025-05-05', 7);
    expect(deadline).toBe('2025-05-16'); // 7 and 9 May are holidays
    const onTime = inspect(business, [{ type: 'inspection.requestConsent' }, to(deadline)]);
    expect(onTime.ctx.deadlines.consent).toBe(deadline);
    expect(onTime.ctx.overdue.consent).toBe(false);
    const late = inspect(business, [{ type: 'inspection.requestConsent' }, to('2025-05-19'), { type: 'consent.grant' }]);
    expect(late.ctx.overdue.consent).toBe(true);
    expect(late.ctx.consent).toMatchObject({ status: 'granted', late: true });
    expect(late.state).toBe('draft');
  });
  it('15 working days when more information is asked, once', () => {
    const steps = inspect(business, [{ type: 'inspection.requestConsent' }, { type: 'consent.requestInfo' }, to(addWorkingDays('2025-05-05', 15)), { type: 'consent.requestInfo' }]);
    const { ctx, step } = steps;
    expect(ctx.deadlines.consent).toBe('2025-05-28');
    expect(ctx.overdue.consent).toBe(false);
    expect(step.verdict).toMatchObject({ ok: false, code: 'infoAlreadyRequested' });
  });
  it('after the grant the inspection is appointed; a refusal ends it', () => {
    expect(inspect(business, [{ type: 'inspection.requestConsent' }, { type: 'consent.grant' }, APPOINT]).state).toBe('appointed');
    expect(inspect(business, [{ type: 'inspection.requestConsent' }, { type: 'consent.refuse' }]).snapshot.status).toBe('done');
  });
});

describe('registration: before the start, the next working day only in an item-11 case (Rules item 11, our reading)', () => {
  it('in an item-11 case a start on Friday 7 March 2025 registers by Tuesday 11 March (8 March and its substitute)', () => {
    const base = [APPOINT, to('2025-03-07'), { type: 'inspection.start' } as InspectionEvent];
    const item11 = input({ registrationAfterStart: true });
    const onTime = inspect(item11, [...base, to('2025-03-11'), { type: 'inspection.register' }]);
    expect(onTime.ctx.deadlines.registration).toBe('2025-03-11');
    expect(onTime.ctx.overdue.registration).toBe(false);
    const late = inspect(item11, [...base, to('2025-03-12')]);
    expect(late.ctx.overdue.registration).toBe(true);
  });
  it('otherwise registration is due by the start: unregistered after the start is overdue at once, and entry may be refused that day', () => {
    const started = inspect(input(), [APPOINT, to('2025-03-07'), { type: 'inspection.start' }]);
    expect(started.ctx.deadlines.registration).toBe('2025-03-07');
    expect(started.ctx.overdue.registration).toBe(true);
    const refused = inspect(input(), [APPOINT, to('2025-03-07'), { type: 'inspection.start' }, { type: 'access.refuse', reason: 'notRegistered' }]);
    expect(refused.verdict.ok).toBe(true);
    const first = inspect(input(), [APPOINT, to('2025-03-07'), { type: 'inspection.register' }, { type: 'inspection.start' }]);
    expect(first.ctx.overdue.registration).toBe(false);
  });
  it('the deadline and the refusal agree in an item-11 case: no founded refusal while the window is open', () => {
    const item11 = input({ registrationAfterStart: true });
    const base = [APPOINT, to('2025-03-07'), { type: 'inspection.start' } as InspectionEvent];
    const early = inspect(item11, [...base, { type: 'access.refuse', reason: 'notRegistered' }]);
    expect(early.verdict).toMatchObject({ ok: false, code: 'registrationPending', citation: 'inspection.registrationReading', values: { deadline: '2025-03-11' } });
    expect(early.ctx.overdue.registration).toBe(false);
    const after = inspect(item11, [...base, to('2025-03-12'), { type: 'access.refuse', reason: 'notRegistered' }]);
    expect(after.verdict.ok).toBe(true);
  });
  it('areas outside general supervision are not registered and have no terms', () => {
    const steps = inspect(input({ area: 'penalEnforcement' }), [APPOINT, { type: 'inspection.register' }, { type: 'inspection.start' }, extend(10)]);
    expect(steps.verdicts[1]).toMatchObject({ ok: false, code: 'registrationNotRequired', citation: 'inspection.exemptAreas' });
    expect(steps.verdicts[3]).toMatchObject({ ok: false, code: 'termsNotApplicable' });
    expect(steps.ctx.deadlines.completion).toBeNull();
  });
});

describe('the 30 working days and one extension (CL art. 18.4)', () => {
  it('30 is accepted, 31 refused, a second extension refused', () => {
    expect(inspect(input(), [...STARTED, extend(31)]).step.verdict).toMatchObject({ ok: false, code: 'extensionTooLong', values: { days: 31, max: 30 } });
    const once = inspect(input(), [...STARTED, extend(30)]);
    expect(once.step.verdict.ok).toBe(true);
    expect(once.ctx.deadlines.completion).toBe(addWorkingDays('2025-03-03', 60));
    expect(inspect(input(), [...STARTED, extend(30), extend(1)]).step.verdict).toMatchObject({ ok: false, code: 'alreadyExtended' });
  });
  it('the term ends 30 working days after the start, Nauryz skipped', () => {
    const { ctx } = inspect(input(), STARTED);
    expect(ctx.deadlines.completion).toBe('2025-04-18');
    expect(ctx.remainingDays).toBe(30);
  });
  it('an expired term cannot be extended', () => {
    expect(inspect(input(), [...STARTED, to('2025-04-21'), extend(5)]).step.verdict).toMatchObject({ ok: false, code: 'termAlreadyPassed' });
  });
});

describe('suspension freezes the count; resumption continues it', () => {
  it('the deadline moves by the working days spent suspended', () => {
    const events: InspectionEvent[] = [...STARTED, to('2025-03-17'), { type: 'inspection.suspend', reason: 'expertExamination' }, to('2025-03-31')];
    const during = inspect(input(), events);
    expect(during.state).toBe('inProgress.suspended');
    const remainingAtSuspension = inspect(input(), events.slice(0, 6)).ctx.remainingDays;
    expect(during.ctx.remainingDays).toBe(remainingAtSuspension); // frozen
    expect(during.ctx.overdue.completion).toBe(false);
    const after = inspect(input(), [...events, { type: 'inspection.resume' }]);
    // 18, 19, 20, 26, 27, 28 March are frozen (21–25 March are days off); 17 March, the day of
    // suspension, and 31 March, the day of resumption, are days of the term (seed l. 2224–2226).
    expect(after.ctx.suspension.workingDaysSpent).toBe(6);
    expect(after.ctx.deadlines.completion).toBe(addWorkingDays('2025-04-18', 6));
    expect(after.ctx.remainingDays).toBe((remainingAtSuspension ?? 0) - 1);
  });
  it('a suspension and resumption on the same day freeze nothing', () => {
    const same = inspect(input(), [...STARTED, to('2025-03-17'), { type: 'inspection.suspend', reason: 'otherObstacle' }, { type: 'inspection.resume' }]);
    expect(same.ctx.suspension.workingDaysSpent).toBe(0);
    expect(same.ctx.deadlines.completion).toBe('2025-04-18');
  });
  it('resumed the next working day: nothing frozen, that day counts', () => {
    const next = inspect(input(), [...STARTED, to('2025-03-17'), { type: 'inspection.suspend', reason: 'otherObstacle' }, to('2025-03-18'), { type: 'inspection.resume' }]);
    expect(next.ctx.suspension.workingDaysSpent).toBe(0);
    expect(next.ctx.deadlines.completion).toBe('2025-04-18');
  });
});

describe('refusing entry only on a real ground (CL art. 19)', () => {
  const refuse = (reason: 'noResolution' | 'otherPersons' | 'notRegistered' | 'deadlinePassed' | 'noClearance', person?: string): InspectionEvent =>
    person ? { type: 'access.refuse', reason, person } : { type: 'access.refuse', reason };
  it('noResolution holds only before the resolution is handed', () => {
    expect(inspect(input(), [APPOINT, { type: 'inspection.start' }, refuse('noResolution')]).state).toBe('inProgress.accessRefused');
    expect(inspect(input(), [...STARTED, refuse('noResolution')]).step.verdict).toMatchObject({ ok: false, code: 'resolutionWasHanded' });
  });
  it('otherPersons holds only for a person not named', () => {
    expect(inspect(input(), [...STARTED, refuse('otherPersons', 'Inspector A')]).step.verdict).toMatchObject({ ok: false, code: 'personIsNamed' });
    expect(inspect(input(), [...STARTED, refuse('otherPersons', 'Someone else')]).state).toBe('inProgress.accessRefused');
  });
  it('notRegistered holds only while a required registration is missing', () => {
    expect(inspect(input(), [...STARTED, refuse('notRegistered')]).step.verdict).toMatchObject({ ok: false, code: 'isRegistered' });
    expect(inspect(input(), [APPOINT, { type: 'inspection.start' }, refuse('notRegistered')]).step.verdict.ok).toBe(true);
  });
  it('an urgent detention inspection is not stopped for registration until its deadline passes (Rules 28)', () => {
    const urgent = input({ urgent: true, subject: { kind: 'detentionFacility' }, startDate: '2025-10-24' });
    const events: InspectionEvent[] = [APPOINT, { type: 'inspection.start' }];
    expect(inspect(urgent, [...events, to('2025-10-28'), refuse('notRegistered')]).step.verdict).toMatchObject({ ok: false, code: 'registrationPending' });
    expect(inspect(urgent, [...events, to('2025-10-29'), refuse('notRegistered')]).step.verdict.ok).toBe(true);
  });
  it('deadlinePassed holds only after the term really passed on the simulated date', () => {
    expect(inspect(input(), [...STARTED, to('2025-04-18'), refuse('deadlinePassed')]).step.verdict).toMatchObject({ ok: false, code: 'deadlineNotPassed' });
    const after = inspect(input(), [...STARTED, to('2025-04-21'), refuse('deadlinePassed'), { type: 'access.restore' }]);
    expect(after.state).toBe('inProgress.accessRefused');
    expect(after.step.verdict).toMatchObject({ ok: false, code: 'termStillPassed' });
  });
  it('noClearance holds only for a secret subject without clearance shown', () => {
    expect(inspect(input(), [...STARTED, refuse('noClearance')]).step.verdict).toMatchObject({ ok: false, code: 'clearanceNotRequired' });
    const secret = input({ subject: { kind: 'stateBody', secret: true } });
    expect(inspect(secret, [...STARTED, { type: 'clearance.show' }, refuse('noClearance')]).step.verdict).toMatchObject({ ok: false, code: 'clearanceShown' });
    const cured = inspect(secret, [...STARTED, refuse('noClearance'), { type: 'access.restore' }, { type: 'clearance.show' }, { type: 'access.restore' }]);
    expect(cured.state).toBe('inProgress.active');
  });
});

describe('the certificate within 5 working days and the decision (Rules item 26)', () => {
  it('the certificate is due on the 5th working day and overdue after it', () => {
    const done = [...STARTED, to('2025-03-14'), { type: 'inspection.complete' } as InspectionEvent];
    const c = inspect(input(), done).ctx;
    expect(c.deadlines.certificate).toBe('2025-03-26'); // 17–20 and 26 March; 21–25 March are days off
    expect(inspect(input(), [...done, to('2025-03-26'), { type: 'certificate.hand', signed: true }]).ctx.overdue.certificate).toBe(false);
    const late = inspect(input(), [...done, to('2025-03-27'), { type: 'certificate.hand', signed: false }, { type: 'inspection.decide', decision: 'protest' }]);
    expect(late.ctx.overdue.certificate).toBe(true);
    expect(late.ctx.certificate).toEqual({ handedOn: '2025-03-27', signed: false });
    expect(late.state).toBe('decided');
    expect(late.ctx.decision).toBe('protest');
  });
});
