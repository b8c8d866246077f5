import { describe, expect, it } from 'vitest';
import { appointees, appointmentChain, councilSeats, councilsOf, hasSeats } from '../../../models/org/relationViews';
import { TEMPLATES } from '../../../models/org/templates';
import type { OrgDocument } from '../../../models/org/types';

function national(): OrgDocument {
  const t = TEMPLATES.find((x) => x.id === 'kazakhstan');
  if (!t) throw new Error('no national template');
  return t.build();
}

describe('the council view: who sits on a council', () => {
  const doc = national();
  const councils = Object.values(doc.units).filter((u) => u.kind === 'coordinationCouncil');

  it('every Coordination Council has one chair, listed first, and members after', () => {
    expect(councils.length).toBeGreaterThan(0);
    for (const c of councils) {
      const seats = councilSeats(doc, c.id);
      expect(seats[0]?.role, c.id).toBe('chair');
      expect(seats.filter((s) => s.role === 'chair')).toHaveLength(1);
      expect(seats.some((s) => s.role === 'member'), c.id).toBe(true);
      expect(new Set(seats.map((s) => s.unit)).size).toBe(seats.length);
      expect(hasSeats(doc, c.id)).toBe(true);
    }
  });

  it('invited participants are marked as such, and the chair sits on the council it chairs', () => {
    const withInvited = councils.find((c) => doc.relations.some((r) => r.kind === 'councilMember' && r.to === c.id && r.invited));
    expect(withInvited).toBeDefined();
    const seats = councilSeats(doc, withInvited?.id ?? '');
    const invited = doc.relations.filter((r) => r.kind === 'councilMember' && r.to === withInvited?.id && r.invited).map((r) => r.from);
    for (const id of invited) expect(seats.find((s) => s.unit === id)?.role).toBe('invited');
    const chair = seats[0]?.unit ?? '';
    expect(councilsOf(doc, chair)).toContain(withInvited?.id);
  });

  it('a unit that is no council has no seats', () => {
    expect(councilSeats(doc, 'president')).toEqual([]);
    expect(hasSeats(doc, 'president')).toBe(false);
  });
});

describe('the appointment view: the chain of appointments above a unit', () => {
  const doc = national();

  it('the Academy: the GP appoints with the consent of the President, the President appoints the GP with the consent of the Senate', () => {
    expect(appointmentChain(doc, 'academy')).toEqual([
      { by: 'gpo', unit: 'academy', consentOf: 'president' },
      { by: 'president', unit: 'gpo', consentOf: 'senate' },
    ]);
  });

  it('the President is appointed by no one in the document, and appoints the GP among others', () => {
    expect(appointmentChain(doc, 'president')).toEqual([]);
    expect(appointees(doc, 'president')).toContain('gpo');
  });

  it('a cycle of appointments ends the chain instead of looping', () => {
    const d = national();
    d.relations.push({ id: 'loop', kind: 'appointment', from: 'academy', to: 'president' });
    const chain = appointmentChain(d, 'academy');
    expect(chain.length).toBeLessThanOrEqual(3);
    expect(chain.map((l) => l.by)).toEqual(['gpo', 'president', 'academy']);
  });
});
