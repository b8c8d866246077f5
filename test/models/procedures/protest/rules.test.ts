import { describe, expect, it } from 'vitest';
import { cite } from '../../../../models/law';
import {
  ACT_ISSUERS,
  IMMUNITY_CODES,
  checkProtestable,
  checkTerm,
  termDeadline,
  type ActIssuer,
  type ProtestContext,
} from '../../../../models/procedures/protest';
import { last, protest, protestInput } from './helpers';

describe('the consideration term (CL art. 33.3)', () => {
  it('is ten calendar days counted from the next day', () => {
    // Brought Monday 2 June 2025: day 10 is Thursday 12 June, a working day.
    expect(termDeadline('2025-06-02')).toBe('2025-06-12');
  });

  it('ending on Nauryz moves to the next working day', () => {
    // Day 10 after 11 March 2025 is 21 March (Nauryz); 21–25 March are days off.
    expect(termDeadline('2025-03-11')).toBe('2025-03-26');
    const { snapshot } = protest(protestInput({ startDate: '2025-03-11' }), [{ type: 'protest.bring' }]);
    expect((snapshot.context as ProtestContext).deadline).toBe('2025-03-26');
  });

  it('ending on Victory Day (Friday 9 May 2025) moves to Monday 12 May', () => {
    expect(termDeadline('2025-04-29')).toBe('2025-05-12');
  });

  it('ending on a Sunday moves to Monday', () => {
    expect(termDeadline('2025-10-02')).toBe('2025-10-13');
  });

  it('refuses a custom term of 2 working days and accepts 3', () => {
    const two = checkTerm('2025-03-19', { days: 2, unit: 'working' });
    expect(two).toMatchObject({ ok: false, code: 'termTooShort', citation: 'protest.term' });
    expect(two.ok ? null : two.values).toMatchObject({ deadline: '2025-03-26', minimumDeadline: '2025-03-27', minimumWorkingDays: 3 });
    expect(checkTerm('2025-03-19', { days: 3, unit: 'working' })).toEqual({ ok: true });
  });

  it('counts a 3-working-day term over Nauryz: 19 March -> 27 March 2025', () => {
    const { snapshot } = protest(protestInput({ startDate: '2025-03-19' }), [{ type: 'protest.bring', term: { days: 3, unit: 'working' } }]);
    expect(snapshot.value).toEqual({ pending: 'awaitingHearing' });
    expect((snapshot.context as ProtestContext).deadline).toBe('2025-03-27');
    expect((snapshot.context as ProtestContext).term).toEqual({ days: 3, unit: 'working', custom: true });
  });

  it('bringing with a 2-working-day term is rejected and leaves the draft as it was', () => {
    const { snapshot, verdicts } = protest(protestInput({ startDate: '2025-03-19' }), [{ type: 'protest.bring', term: { days: 2, unit: 'working' } }]);
    expect(last(verdicts)).toMatchObject({ ok: false, code: 'termTooShort' });
    expect(snapshot.value).toBe('draft');
    expect((snapshot.context as ProtestContext).deadline).toBeNull();
  });

  it('measures a calendar-day custom term against three working days', () => {
    // Monday 3 March 2025 + 3 calendar days = Thursday 6 March, the 3rd working day: accepted.
    expect(checkTerm('2025-03-03', { days: 3, unit: 'calendar' })).toEqual({ ok: true });
    // Thursday 13 March + 3 = Sunday 16 -> Monday 17, but the 3rd working day is Tuesday 18: refused.
    expect(checkTerm('2025-03-13', { days: 3, unit: 'calendar' })).toMatchObject({
      ok: false,
      code: 'termTooShort',
      values: { deadline: '2025-03-17', minimumDeadline: '2025-03-18' },
    });
    // 4 calendar days also end on Monday 17 (refused); 5 end on Tuesday 18 (accepted).
    expect(checkTerm('2025-03-13', { days: 4, unit: 'calendar' })).toMatchObject({ ok: false, code: 'termTooShort' });
    expect(checkTerm('2025-03-13', { days: 5, unit: 'calendar' })).toEqual({ ok: true });
  });
});

describe('acts that may not be protested', () => {
  const immune: [ActIssuer, string][] = [
    ['president', 'immunePresidentAct'],
    ['presidentialAdministration', 'immunePresidentialAdministrationAct'],
    ['constitutionalCourt', 'immuneConstitutionalCourtAct'],
  ];
  it.each(immune)('refuses an act of %s with code %s (CL art. 33.6)', (issuer, code) => {
    const { snapshot, verdicts } = protest(protestInput({ act: { issuer, type: 'normative' } }), [{ type: 'protest.bring' }]);
    expect(last(verdicts)).toMatchObject({ ok: false, code, citation: 'protest.immunity' });
    expect(snapshot.value).toBe('draft');
  });

  it('refuses an act of Parliament as a legislative act, cited as our reading: the manual names legislative acts, not every act of Parliament (audit P4)', () => {
    const { snapshot, verdicts } = protest(protestInput({ act: { issuer: 'parliament', type: 'normative' } }), [{ type: 'protest.bring' }]);
    expect(last(verdicts)).toMatchObject({ ok: false, code: 'immuneLegislativeAct', citation: 'protest.parliamentActs' });
    expect(cite('protest.parliamentActs').source).toBe('reading');
    expect(snapshot.value).toBe('draft');
  });

  it('refuses the Supreme Audit Chamber on its audit results, but not its other acts', () => {
    expect(checkProtestable({ issuer: 'supremeAuditChamber', type: 'individual', auditResult: true })).toMatchObject({
      ok: false,
      code: 'immuneAuditChamberAct',
      citation: 'protest.immunity',
    });
    expect(checkProtestable({ issuer: 'supremeAuditChamber', type: 'individual', auditResult: false })).toEqual({ ok: true });
    expect(checkProtestable({ issuer: 'supremeAuditChamber', type: 'individual' })).toEqual({ ok: true });
  });

  it('gives every immune issuer its own code', () => {
    const codes = Object.values(IMMUNITY_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(5);
  });

  it('sends court acts to the procedural codes, whether by issuer or by type (CL art. 33.7)', () => {
    for (const act of [
      { issuer: 'court', type: 'individual' },
      { issuer: 'court', type: 'courtAct' },
      { issuer: 'ministry', type: 'courtAct' },
    ] as const) {
      const { verdicts } = protest(protestInput({ act }), [{ type: 'protest.bring' }]);
      expect(last(verdicts)).toMatchObject({ ok: false, code: 'courtActProceduralCodes', citation: 'protest.courtActs' });
    }
  });

  it('lets every other issuer be protested', () => {
    const open = ACT_ISSUERS.filter((i) => !(i in IMMUNITY_CODES) && i !== 'court');
    expect(open).toEqual(['government', 'ministry', 'localExecutive', 'localRepresentative', 'selfGovernment', 'organisation', 'official']);
    for (const issuer of open) {
      for (const type of ['normative', 'individual', 'actionOrInaction'] as const) {
        const act = issuer === 'organisation' ? { issuer, type, affects: ['minors' as const] } : { issuer, type };
        expect(checkProtestable(act)).toEqual({ ok: true });
      }
    }
  });

  it('an organisation\'s act only where it concerns the vulnerable, minors or an unlimited group (seed l. 1546-1558)', () => {
    for (const affects of [undefined, []]) {
      const act = affects ? { issuer: 'organisation' as const, type: 'individual' as const, affects } : { issuer: 'organisation' as const, type: 'individual' as const };
      const { verdict, state } = protest(protestInput({ act }), [{ type: 'protest.bring' }]);
      expect(verdict).toMatchObject({ ok: false, code: 'organisationActNotProtestable', citation: 'protest.organisationActs' });
      expect(state).toBe('draft');
    }
    for (const group of ['vulnerablePersons', 'minors', 'unlimitedGroup'] as const) {
      expect(protest(protestInput({ act: { issuer: 'organisation', type: 'actionOrInaction', affects: [group] } }), [{ type: 'protest.bring' }]).state).toBe('pending.awaitingHearing');
    }
    // Only an organisation needs it: a ministry's act is protested without saying whom it affects.
    expect(protest(protestInput({ act: { issuer: 'ministry', type: 'normative' } }), [{ type: 'protest.bring' }]).verdict.ok).toBe(true);
  });

  it('does not let the President bring a protest: he is not a prosecutor', () => {
    const { verdicts } = protest(protestInput({ prosecutor: { role: 'president' } }), [{ type: 'protest.bring' }]);
    expect(last(verdicts)).toMatchObject({ ok: false, code: 'notAProsecutor' });
  });
});

describe('suspending the protested act (CL art. 33.5)', () => {
  it.each(['staffProsecutor', 'deputyRegionalProsecutor', 'gpoUnitHead', 'committeeChair'] as const)('refuses suspension by %s', (by) => {
    const { snapshot, verdicts } = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'act.suspend', by }]);
    expect(last(verdicts)).toMatchObject({ ok: false, code: 'notEntitledToSuspend', citation: 'protest.suspension', values: { role: by } });
    expect((snapshot.context as ProtestContext).suspended).toBe(false);
  });

  it('defaults `by` to the author: a staff prosecutor may not, a district prosecutor may', () => {
    const staff = protest(protestInput({ prosecutor: { role: 'staffProsecutor' } }), [{ type: 'protest.bring' }, { type: 'act.suspend' }]);
    expect(last(staff.verdicts)).toMatchObject({ ok: false, code: 'notEntitledToSuspend' });
    const district = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'act.suspend' }]);
    expect(last(district.verdicts)).toEqual({ ok: true });
    expect(district.snapshot.context).toMatchObject({ suspended: true, suspendedBy: 'districtProsecutor', suspendedOn: '2025-03-11' });
  });

  it('lets the oblast prosecutor suspend a staff prosecutor\'s protest, once', () => {
    const { verdicts } = protest(protestInput({ prosecutor: { role: 'staffProsecutor' } }), [
      { type: 'protest.bring' },
      { type: 'act.suspend', by: 'regionalProsecutor' },
      { type: 'act.suspend', by: 'generalProsecutor' },
    ]);
    expect(verdicts[1]).toEqual({ ok: true });
    expect(verdicts[2]).toMatchObject({ ok: false, code: 'alreadySuspended' });
  });

  it('refuses suspension after the decision', () => {
    const { verdicts } = protest(protestInput(), [
      { type: 'protest.bring' },
      { type: 'hearing.notify', date: '2025-03-11' },
      { type: 'protest.consider', outcome: 'rejected' },
      { type: 'act.suspend' },
    ]);
    expect(last(verdicts)).toMatchObject({ ok: false, code: 'suspendAfterDecision' });
  });
});

describe('the hearing (CL art. 33.3)', () => {
  const brought = [{ type: 'protest.bring' }] as const;
  it('refuses a date after the deadline and accepts the deadline itself', () => {
    const after = protest(protestInput(), [...brought, { type: 'hearing.notify', date: '2025-03-27' }]);
    expect(last(after.verdicts)).toMatchObject({ ok: false, code: 'hearingAfterDeadline', values: { deadline: '2025-03-26' } });
    const on = protest(protestInput(), [...brought, { type: 'hearing.notify', date: '2025-03-26' }]);
    expect(on.snapshot.value).toEqual({ pending: 'scheduled' });
  });

  it('refuses a date before today', () => {
    const { verdicts } = protest(protestInput(), [...brought, { type: 'time.advance', days: 2 }, { type: 'hearing.notify', date: '2025-03-12' }]);
    expect(last(verdicts)).toMatchObject({ ok: false, code: 'hearingInPast', values: { today: '2025-03-13' } });
  });

  it('refuses consideration before notice and before the hearing day', () => {
    const { verdicts } = protest(protestInput(), [
      ...brought,
      { type: 'protest.consider', outcome: 'satisfied' },
      { type: 'hearing.notify', date: '2025-03-14' },
      { type: 'protest.consider', outcome: 'satisfied' },
      { type: 'time.advanceTo', date: '2025-03-14' },
      { type: 'protest.consider', outcome: 'satisfied' },
    ]);
    expect(verdicts.map((v) => (v.ok ? 'ok' : v.code))).toEqual(['ok', 'hearingNotNotified', 'ok', 'hearingNotYetHeld', 'ok', 'ok']);
  });
});

describe('withdrawal (CL art. 33.3, 43.3)', () => {
  it.each(['author', 'superior'] as const)('by the %s before consideration ends the run', (by) => {
    const { snapshot } = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'time.advance', days: 1 }, { type: 'protest.withdraw', by }]);
    expect(snapshot.value).toBe('withdrawn');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context).toMatchObject({ withdrawnBy: by, withdrawnOn: '2025-03-12' });
  });

  it.each(['satisfied', 'partiallySatisfied', 'rejected'] as const)('is refused once the protest was considered (%s)', (outcome) => {
    const { snapshot, verdicts } = protest(protestInput(), [
      { type: 'protest.bring' },
      { type: 'hearing.notify', date: '2025-03-11' },
      { type: 'protest.consider', outcome },
      { type: 'protest.withdraw', by: 'superior' },
    ]);
    expect(last(verdicts)).toMatchObject({ ok: false, code: 'withdrawAfterConsideration', citation: 'protest.withdrawal', values: { outcome } });
    expect(snapshot.value).toEqual({ considered: outcome });
  });
});

describe('the deadline and the court (CL art. 39)', () => {
  it('leaves the protest unconsidered the day after the deadline, not on it', () => {
    const onDeadline = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'time.advanceTo', date: '2025-03-26' }]);
    expect(onDeadline.snapshot.value).toEqual({ pending: 'awaitingHearing' });
    const after = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'time.advance', days: 16 }]);
    expect(after.snapshot.value).toBe('notConsidered');
    expect(after.snapshot.context).toMatchObject({ date: '2025-03-27', lapsedOn: '2025-03-27', outcome: null });
  });

  it('refuses a claim while the protest is pending and after it was satisfied', () => {
    const pending = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'court.file' }]);
    expect(last(pending.verdicts)).toMatchObject({ ok: false, code: 'claimBeforeDecision', citation: 'protest.claim' });
    const satisfied = protest(protestInput(), [
      { type: 'protest.bring' },
      { type: 'hearing.notify', date: '2025-03-11' },
      { type: 'protest.consider', outcome: 'satisfied' },
      { type: 'court.file' },
    ]);
    expect(last(satisfied.verdicts)).toMatchObject({ ok: false, code: 'claimAfterSatisfaction', citation: 'protest.claim' });
  });

  it('refuses a late consideration', () => {
    const { verdicts } = protest(protestInput(), [{ type: 'protest.bring' }, { type: 'time.advanceTo', date: '2025-04-01' }, { type: 'protest.consider', outcome: 'satisfied' }]);
    expect(last(verdicts)).toMatchObject({ ok: false, code: 'deadlinePassed', values: { deadline: '2025-03-26', today: '2025-04-01' } });
  });

  it('refuses moving time backwards', () => {
    const { verdicts } = protest(protestInput(), [{ type: 'time.advanceTo', date: '2025-03-10' }, { type: 'time.advance', days: -1 }]);
    expect(verdicts.map((v) => (v.ok ? 'ok' : v.code))).toEqual(['timeBackwards', 'timeBackwards']);
  });
});
