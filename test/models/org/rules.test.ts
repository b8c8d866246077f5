import { describe, expect, it } from 'vitest';
import { isCitationId, LAW } from '../../../models/law';
import { INVARIANT_CODES, invariantViolations, RULE_CODES, RULES, validate, type Finding } from '../../../models/org/rules';
import { tryParseOrgDocument } from '../../../models/org/schema';
import type { OrgDocument, Unit } from '../../../models/org/types';
import { docOf, goodDoc, rel, unit, withRelations, without, withUnit } from './fixtures';

const good = goodDoc();
const u = (id: string): Unit => good.units[id];

/** [finding code, severity, broken document]; each breaks one thing in the good document. */
const CASES: [string, Finding['severity'], () => OrgDocument][] = [
  ['ids.mismatch', 'error', () => ({ ...good, units: { ...good.units, wrong: { ...u('deputy'), id: 'other', parentId: 'gpo' } } })],
  ['ids.duplicateRelationId', 'error', () => withRelations(good, rel('supervision', 'gpo', 'knb', { id: 'a-gpo' }))],
  ['ids.duplicateRelationId', 'error', () => withRelations(good, rel('supervision', 'gpo', 'knb', { id: 'medeu' }))],
  ['singleRoot.missing', 'error', () => docOf([])],
  ['singleRoot.multiple', 'error', () => withUnit(good, unit('gpo2', 'generalOffice'))],
  ['singleRoot.hasParent', 'error', () => withUnit(good, { ...u('gpo'), parentId: 'almaty' })],
  ['danglingParent.missing', 'error', () => withUnit(good, { ...u('medeu'), parentId: 'nowhere' })],
  ['noCycles.cycle', 'error', () => withUnit(withUnit(good, { ...u('dept'), parentId: 'dept-sub' }), { ...u('dept-sub'), parentId: 'dept' })],
  ['noCycles.cycle', 'error', () => withUnit(good, { ...u('dept'), parentId: 'dept' })],
  ['externalNotInTree.hasParent', 'error', () => withUnit(good, { ...u('mvd'), parentId: 'gpo' })],
  ['externalNotInTree.externalParent', 'error', () => withUnit(good, { ...u('dept'), parentId: 'mvd' })],
  ['kindPlacement.notAllowed', 'error', () => withUnit(good, { ...u('medeu'), parentId: 'gpo' })],
  ['kindPlacement.notAllowed', 'error', () => withUnit(good, { ...u('mil-garrison'), parentId: 'mil' })],
  ['kindPlacement.notAllowed', 'error', () => withUnit(good, { ...u('committee-almaty'), parentId: 'almaty' })],
  ['kindPlacement.noParent', 'error', () => withUnit(good, { ...u('academy'), parentId: undefined })],
  ['councilsOnlyAtLevels.notAllowed', 'error', () => withUnit(good, unit('medeu-council', 'coordinationCouncil', 'medeu', { level: 'regional' }))],
  ['councilsOnlyAtLevels.notAllowed', 'error', () => withUnit(good, unit('almaty-meeting', 'interdepartmentalMeeting', 'almaty'))],
  ['councilsOnlyAtLevels.noParent', 'error', () => withUnit(good, unit('lost-council', 'coordinationCouncil', undefined, { level: 'republican' }))],
  ['councilsOnlyAtLevels.several', 'warning', () => withUnit(good, unit('rep-council-2', 'coordinationCouncil', 'gpo', { level: 'republican' }))],
  ['kindAttributes.missing', 'error', () => withUnit(good, { ...u('almaty'), oblastType: undefined })],
  ['kindAttributes.missing', 'error', () => withUnit(good, { ...u('medeu'), districtType: undefined })],
  ['kindAttributes.missing', 'error', () => withUnit(good, { ...u('rep-council'), level: undefined })],
  ['kindAttributes.levelMismatch', 'error', () => withUnit(good, { ...u('almaty-council'), level: 'republican' })],
  ['kindAttributes.notApplicable', 'warning', () => withUnit(good, { ...u('academy'), level: 'military' })],
  ['danglingRelation.missing', 'error', () => withRelations(good, rel('supervision', 'gpo', 'ghost'))],
  ['danglingRelation.missing', 'error', () => withRelations(good, rel('appointment', 'ghost', 'deputy'))],
  ['danglingRelation.missing', 'error', () => withRelations(without(good, 'senate'))],
  ['relationEndpoints.selfLoop', 'error', () => withRelations(good, rel('supervision', 'gpo', 'gpo'))],
  ['relationEndpoints.appointer', 'error', () => withRelations(good, rel('appointment', 'almaty', 'medeu'))],
  ['relationEndpoints.appointee', 'error', () => withRelations(good, rel('appointment', 'president', 'mvd'))],
  ['relationEndpoints.consent', 'error', () => withRelations(good, rel('appointment', 'gpo', 'dept', { consentOf: 'mvd' }))],
  ['relationEndpoints.notCollegial', 'error', () => withRelations(good, rel('councilMember', 'mvd', 'almaty'))],
  ['relationEndpoints.chair', 'error', () => withRelations(good, rel('councilChair', 'mvd', 'gpo-collegium'))],
  ['relationEndpoints.externalSource', 'error', () => withRelations(good, rel('supervision', 'president', 'mvd'))],
  ['relationEndpoints.consentOutsideAppointment', 'warning', () => withRelations(good, rel('supervision', 'gpo', 'knb', { consentOf: 'president' }))],
  ['relationEndpoints.invitedOutsideMembership', 'warning', () => withRelations(good, rel('supervision', 'gpo', 'knb', { invited: true }))],
  ['duplicateRelations.duplicate', 'warning', () => withRelations(good, rel('supervision', 'gpo', 'mvd'))],
  ['storedSubordination.redundant', 'info', () => withRelations(good, rel('subordination', 'almaty', 'medeu'))],
  ['storedSubordination.reversed', 'warning', () => withRelations(good, rel('subordination', 'medeu', 'almaty'))],
  ['storedSubordination.contradicts', 'error', () => withRelations(good, rel('subordination', 'mil', 'medeu'))],
  ['editionKinds.senateIn2026', 'error', () => ({ ...good, edition: '2026' })],
  ['editionKinds.kurultaiIn2023', 'error', () => withUnit(good, unit('kurultai', 'kurultai'))],
  ['appointments.missing', 'warning', () => ({ ...good, relations: good.relations.filter((r) => r.id !== 'a-medeu') })],
  ['appointments.multiple', 'warning', () => withRelations(good, rel('appointment', 'gpo', 'medeu'))],
  ['appointments.wrongAppointer', 'error', () => ({ ...good, relations: good.relations.map((r) => (r.id === 'a-almaty' ? { ...r, from: 'president' } : r)) })],
  ['appointments.wrongAppointer', 'error', () => ({ ...good, relations: good.relations.map((r) => (r.id === 'a-medeu' ? { ...r, from: 'president' } : r)) })],
  ['appointments.missingConsent', 'error', () => ({ ...good, relations: good.relations.map((r) => (r.id === 'a-gpo' ? { ...r, consentOf: undefined } : r)) })],
  ['appointments.missingConsent', 'error', () => ({ ...good, relations: good.relations.map((r) => (r.id === 'a-almaty' ? { ...r, consentOf: undefined } : r)) })],
  ['appointments.wrongConsent', 'error', () => ({ ...good, relations: good.relations.map((r) => (r.id === 'a-almaty' ? { ...r, consentOf: 'senate' } : r)) })],
  ['appointments.wrongConsent', 'error', () => ({ ...good, relations: good.relations.map((r) => (r.id === 'a-medeu' ? { ...r, consentOf: 'president' } : r)) })],
  ['councilChair.missing', 'warning', () => ({ ...good, relations: good.relations.filter((r) => r.id !== 'c-alm') })],
  ['councilChair.multiple', 'error', () => withRelations(good, rel('councilChair', 'almaty', 'almaty-council'))],
  ['councilChair.wrongChair', 'error', () => ({ ...good, relations: good.relations.map((r) => (r.id === 'c-alm' ? { ...r, from: 'gpo' } : r)) })],
  ['councilMembership.notABody', 'error', () => withRelations(good, rel('councilMember', 'president', 'rep-council'))],
  ['councilMembership.notABody', 'error', () => withRelations(good, rel('councilMember', 'gpo-collegium', 'rep-council'))],
  ['councilMembership.noPermanentMembers', 'warning', () => ({ ...good, relations: good.relations.filter((r) => r.id !== 'm-tr') })],
];

describe('the org rules', () => {
  it('the good document parses and has no findings at all', () => {
    expect(tryParseOrgDocument(good).ok).toBe(true);
    expect(validate(good)).toEqual([]);
  });

  it.each(CASES.map(([code, severity, make], i) => [`${code} #${i}`, code, severity, make] as const))(
    '%s fires on a broken document',
    (_label, code, severity, make) => {
      const found = validate(make()).filter((f) => f.code === code);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(f.severity).toBe(severity);
    },
  );

  it('every rule has at least one breaking case here', () => {
    const covered = new Set(CASES.map(([code]) => code.split('.')[0]));
    expect(RULE_CODES.filter((c) => !covered.has(c))).toEqual([]);
    expect(new Set(RULE_CODES).size).toBe(RULES.length);
  });

  it('each finding carries a citation in LAW, units that exist or are named, and a message in three languages', () => {
    for (const [, , make] of CASES) {
      const doc = make();
      for (const f of validate(doc)) {
        expect(isCitationId(f.citation), f.code).toBe(true);
        expect(LAW[f.citation].label.en.length).toBeGreaterThan(0);
        expect(f.code.split('.')[0] && RULE_CODES.includes(f.code.split('.')[0]), f.code).toBe(true);
        for (const text of [f.message.kk, f.message.ru, f.message.en]) expect(text.trim().length, f.code).toBeGreaterThan(5);
        expect(f.message.kk).not.toBe(f.message.en);
        for (const id of f.units) expect(typeof id).toBe('string');
      }
    }
  });

  it('a single fault gives a single finding, not an echo from several rules', () => {
    const doc = withUnit(good, unit('medeu-council', 'coordinationCouncil', 'medeu', { level: 'regional' }));
    const extra = validate(doc).filter((f) => f.severity === 'error');
    expect(extra.map((f) => f.code)).toEqual(['councilsOnlyAtLevels.notAllowed']);
    const appointer = withRelations(good, rel('appointment', 'almaty', 'medeu'));
    expect(validate(appointer).filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['relationEndpoints.appointer']);
  });

  it('messages carry the values and the unit names', () => {
    const doc = withUnit(good, unit('gpo2', 'generalOffice'));
    const [f] = validate(doc).filter((x) => x.code === 'singleRoot.multiple');
    expect(f?.values).toEqual({ count: 2 });
    expect(f?.message.en).toContain('2');
    expect(f?.units.sort()).toEqual(['gpo', 'gpo2']);
    const [g] = validate(withUnit(good, { ...u('medeu'), parentId: 'gpo' })).filter((x) => x.code === 'kindPlacement.notAllowed');
    expect(g?.message.ru).toContain('medeu ru');
    expect(g?.message.kk).toContain('medeu kk');
    expect(g?.citation).toBe('org.district');
  });

  it('reports a cycle once, with all its units', () => {
    const doc = withUnit(withUnit(good, { ...u('dept'), parentId: 'dept-sub' }), { ...u('dept-sub'), parentId: 'dept' });
    const cycles = validate(doc).filter((f) => f.code === 'noCycles.cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.units.sort()).toEqual(['dept', 'dept-sub']);
  });

  it('orders errors before warnings before remarks', () => {
    const doc = withRelations(withUnit(good, unit('gpo2', 'generalOffice')), rel('subordination', 'almaty', 'medeu'), rel('supervision', 'gpo', 'mvd'));
    const order = validate(doc).map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('`only` runs the named rules', () => {
    const doc = withUnit(good, unit('gpo2', 'generalOffice'));
    expect(validate(doc, { only: ['noCycles'] })).toEqual([]);
    expect(validate(doc, { only: ['singleRoot'] }).map((f) => f.code)).toEqual(['singleRoot.multiple']);
  });

  it('invariant codes name real findings, and invariantViolations keeps only those', () => {
    const produced = new Set(CASES.map(([code]) => code));
    for (const c of INVARIANT_CODES) expect(produced.has(c), c).toBe(true);
    const doc = withRelations(withUnit(good, { ...u('medeu'), parentId: 'gpo' }), rel('supervision', 'gpo', 'mvd'));
    expect(invariantViolations(doc).map((f) => f.code)).toEqual(['kindPlacement.notAllowed']);
  });
});
