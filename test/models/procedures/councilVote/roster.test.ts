import { describe, expect, it } from 'vitest';
import { orgDocumentSchema } from '../../../../models/org/schema';
import type { OrgDocument, Unit } from '../../../../models/org/types';
import { councilVoteInputSchema, rosterFromOrg } from '../../../../models/procedures/councilVote';

const unit = (id: string, kind: Unit['kind'], en: string, extra: Partial<Unit> = {}): Unit => ({ id, kind, name: { kk: `${en} (kk)`, ru: `${en} (ru)`, en }, ...extra });

/** A small hand-made org: the republican council with three permanent members and one invited; a collegium. */
const doc: OrgDocument = {
  title: { kk: 'Сынақ', ru: 'Тест', en: 'Test' },
  units: {
    gpo: unit('gpo', 'generalOffice', 'General Prosecutor\'s Office'),
    'agency-mvd': unit('agency-mvd', 'agency', 'Ministry of Internal Affairs'),
    'agency-knb': unit('agency-knb', 'agency', 'National Security Committee'),
    'agency-court': unit('agency-court', 'agency', 'Supreme Court'),
    'council-rep': unit('council-rep', 'coordinationCouncil', 'Coordination Council', { level: 'republican' }),
    'gpo-collegium': unit('gpo-collegium', 'collegium', 'Collegium of the GPO', { parentId: 'gpo' }),
    'gpo-deputy-1': unit('gpo-deputy-1', 'gpoPost', 'First Deputy', { parentId: 'gpo' }),
  },
  relations: [
    { id: 'r1', kind: 'councilChair', from: 'gpo', to: 'council-rep' },
    { id: 'r2', kind: 'councilMember', from: 'agency-mvd', to: 'council-rep' },
    { id: 'r3', kind: 'councilMember', from: 'agency-court', to: 'council-rep', invited: true },
    { id: 'r4', kind: 'councilMember', from: 'agency-knb', to: 'council-rep' },
    { id: 'r5', kind: 'councilMember', from: 'gpo', to: 'council-rep' },
    { id: 'r6', kind: 'councilMember', from: 'agency-mvd', to: 'council-rep' },
    { id: 'r7', kind: 'councilChair', from: 'gpo', to: 'gpo-collegium' },
    { id: 'r8', kind: 'councilMember', from: 'gpo-deputy-1', to: 'gpo-collegium' },
    { id: 'r9', kind: 'accountability', from: 'gpo', to: 'council-rep' },
  ],
};

describe('rosterFromOrg', () => {
  it('the hand-made org is a valid document', () => {
    expect(orgDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('builds the council: chair first, members in relation order once each, invited apart, names from the units', () => {
    const r = rosterFromOrg(doc, 'council-rep');
    expect(r).toEqual({
      ok: true,
      body: {
        kind: 'coordinationCouncil',
        level: 'republican',
        chairId: 'gpo',
        permanentMembers: ['gpo', 'agency-mvd', 'agency-knb'],
        invited: ['agency-court'],
        names: {
          gpo: doc.units.gpo?.name,
          'agency-mvd': doc.units['agency-mvd']?.name,
          'agency-knb': doc.units['agency-knb']?.name,
          'agency-court': doc.units['agency-court']?.name,
        },
      },
    });
    if (r.ok) expect(councilVoteInputSchema.safeParse({ startDate: '2025-03-13', body: r.body }).success).toBe(true);
  });

  it('builds a collegium without a level or invited list', () => {
    expect(rosterFromOrg(doc, 'gpo-collegium')).toMatchObject({ ok: true, body: { kind: 'collegium', chairId: 'gpo', permanentMembers: ['gpo', 'gpo-deputy-1'] } });
    const r = rosterFromOrg(doc, 'gpo-collegium');
    expect(r.ok && 'invited' in r.body).toBe(false);
    expect(r.ok && 'level' in r.body).toBe(false);
  });

  it('refuses a unit that is not collegial, a council with no chair or with two', () => {
    expect(rosterFromOrg(doc, 'gpo')).toEqual({ ok: false, code: 'notCollegial', unitId: 'gpo' });
    expect(rosterFromOrg(doc, 'missing')).toMatchObject({ ok: false, code: 'notCollegial' });
    const noChair = { ...doc, relations: doc.relations.filter((r) => r.id !== 'r1') };
    expect(rosterFromOrg(noChair, 'council-rep')).toMatchObject({ ok: false, code: 'noChair' });
    const twoChairs = { ...doc, relations: [...doc.relations, { id: 'r10', kind: 'councilChair' as const, from: 'agency-knb', to: 'council-rep' }] };
    expect(rosterFromOrg(twoChairs, 'council-rep')).toMatchObject({ ok: false, code: 'manyChairs' });
  });

  it('does not mutate the document', () => {
    const before = JSON.stringify(doc);
    rosterFromOrg(doc, 'council-rep');
    expect(JSON.stringify(doc)).toBe(before);
  });
});
