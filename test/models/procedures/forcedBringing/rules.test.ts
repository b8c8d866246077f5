import { describe, expect, it } from 'vitest';
import { forcedBringingDefinition, isNightTime } from '../../../../models/procedures/forcedBringing';
import { TO_ORDERED, bringingInput, run } from './helpers';

describe('forcedBringing rules', () => {
  it('is refused at night: 21:59 and 06:00 pass, 22:00 and 05:59 do not', () => {
    expect([isNightTime('21:59'), isNightTime('22:00'), isNightTime('05:59'), isNightTime('06:00'), isNightTime('00:00'), isNightTime('12:00')]).toEqual([false, true, true, false, true, false]);
    for (const [time, want] of [['21:59', 'ok'], ['22:00', 'nightTime'], ['05:59', 'nightTime'], ['06:00', 'ok'], ['23:00', 'nightTime']] as const) {
      const r = run(bringingInput(), [...TO_ORDERED, { type: 'bringing.execute', time }]);
      expect(r.codes.at(-1), time).toBe(want);
      expect(r.state).toBe(want === 'ok' ? 'brought' : 'ordered');
    }
    const night = run(bringingInput(), [...TO_ORDERED, { type: 'bringing.execute', time: '23:00' }]);
    expect(night.verdict).toMatchObject({ ok: false, code: 'nightTime', citation: 'forcedBringing.nightHours', values: { time: '23:00', from: '22:00', until: '06:00' } });
  });

  it('never orders it for a child under 14, a pregnant woman or a person with a doctor\'s certificate', () => {
    expect(run(bringingInput({ person: { age: 13 } }), TO_ORDERED).verdict).toMatchObject({ code: 'childUnderFourteen', citation: 'forcedBringing.child', values: { age: 13 } });
    expect(run(bringingInput({ person: { age: 14 } }), TO_ORDERED).codes.at(-1)).toBe('ok');
    expect(run(bringingInput({ person: { age: 30, pregnant: true } }), TO_ORDERED).verdict).toMatchObject({ code: 'personPregnant', citation: 'forcedBringing.pregnant' });
    expect(run(bringingInput({ person: { age: 70, medicalCertificate: true } }), TO_ORDERED).verdict).toMatchObject({ code: 'medicalCertificateHeld', citation: 'forcedBringing.certificate' });
  });

  it('brings a minor only after the legal representative was told; 18 is an adult', () => {
    const minor = bringingInput({ person: { age: 17 } });
    expect(run(minor, [...TO_ORDERED, { type: 'bringing.execute', time: '10:00' }]).codes.at(-1)).toBe('representativeNotNotified');
    expect(run(minor, [...TO_ORDERED, { type: 'representative.notify' }, { type: 'bringing.execute', time: '10:00' }]).state).toBe('brought');
    expect(run(minor, [{ type: 'summons.serve' }, { type: 'representative.notify' }, { type: 'representative.notify' }]).codes).toEqual(['ok', 'ok', 'representativeAlreadyNotified']);
    const adult = bringingInput({ person: { age: 18 } });
    expect(run(adult, [...TO_ORDERED, { type: 'representative.notify' }]).codes.at(-1)).toBe('notMinor');
    expect(run(adult, [...TO_ORDERED, { type: 'bringing.execute', time: '10:00' }]).state).toBe('brought');
  });

  it('needs an unexcused miss and an entitled head', () => {
    expect(run(bringingInput(), [{ type: 'summons.serve' }, { type: 'bringing.order' }]).codes).toEqual(['ok', 'noUnexcusedMiss']);
    const excused = run(bringingInput(), [{ type: 'summons.serve' }, { type: 'summons.miss', goodReason: true }, { type: 'bringing.order' }]);
    expect(excused.state).toBe('refused');
    expect(excused.codes.at(-1)).toBe('procedureFinished');
    expect(run(bringingInput({ orderedBy: { role: 'staffProsecutor' } }), TO_ORDERED).verdict).toMatchObject({ code: 'notEntitledToOrder', citation: 'forcedBringing.order' });
    expect(run(bringingInput({ orderedBy: { role: 'president' } }), TO_ORDERED).codes.at(-1)).toBe('notEntitledToOrder');
    expect(run(bringingInput({ orderedBy: { role: 'committeeTerritorialHead' } }), TO_ORDERED).codes.at(-1)).toBe('ok');
  });

  it('refuses a malformed time of day, the state unchanged', () => {
    const r = run(bringingInput(), [...TO_ORDERED, { type: 'bringing.execute', time: '7:30' }]);
    expect(r.codes.at(-1)).toBe('invalidEvent');
    expect(r.state).toBe('ordered');
  });

  it('fills the whole definition', () => {
    const def = forcedBringingDefinition;
    expect(def.inputSchema.safeParse(def.defaultInput).success).toBe(true);
    expect(def.theme).toBe(8);
    expect(def.actingProsecutor).toEqual({ role: ['orderedBy', 'role'], unit: ['orderedBy', 'unitId'] });
  });
});
