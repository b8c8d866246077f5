import type { OrgDocument, Relation, Unit, UnitId, UnitKind } from '../../../models/org/types';

/** A name in three languages made from one word (tests only). */
export function nm(word: string): Unit['name'] {
  return { kk: `${word} kk`, ru: `${word} ru`, en: word };
}

export function unit(id: UnitId, kind: UnitKind, parentId?: UnitId, extra: Partial<Unit> = {}): Unit {
  return { id, kind, name: nm(id), ...(parentId !== undefined ? { parentId } : {}), ...extra };
}

export function docOf(units: Unit[], relations: Relation[] = []): OrgDocument {
  return { title: nm('test'), units: Object.fromEntries(units.map((u) => [u.id, u])), relations };
}

let n = 0;
export function rel(kind: Relation['kind'], from: UnitId, to: UnitId, extra: Partial<Relation> = {}): Relation {
  n += 1;
  return { id: extra.id ?? `r-${kind}-${from}-${to}-${n}`, kind, from, to, ...extra };
}

/**
 * A small but complete system with no findings at all: every kind, councils at
 * the four levels with chairs and members, every appointment the law names.
 */
export function goodDoc(): OrgDocument {
  const units: Unit[] = [
    unit('president', 'president'),
    unit('senate', 'senate'),
    unit('mvd', 'agency'),
    unit('knb', 'agency'),
    unit('gpo', 'generalOffice'),
    unit('deputy', 'gpoPost', 'gpo'),
    unit('apparatus', 'apparatus', 'gpo'),
    unit('dept', 'gpoDepartment', 'gpo'),
    unit('dept-sub', 'gpoDepartment', 'dept'),
    unit('app-dept', 'gpoDepartment', 'apparatus'),
    unit('committee', 'committee', 'gpo'),
    unit('committee-almaty', 'committeeTerritorial', 'committee'),
    unit('committee-collegium', 'collegium', 'committee'),
    unit('academy', 'academy', 'gpo'),
    unit('mil', 'militaryChief', 'gpo'),
    unit('mil-south', 'militaryRegional', 'mil'),
    unit('mil-garrison', 'militaryGarrison', 'mil-south'),
    unit('mil-south-meeting', 'interdepartmentalMeeting', 'mil-south'),
    unit('mil-council', 'coordinationCouncil', 'mil', { level: 'military' }),
    unit('tr', 'transportChief', 'gpo'),
    unit('tr-west', 'transportRegional', 'tr'),
    unit('tr-council', 'coordinationCouncil', 'tr', { level: 'transport' }),
    unit('almaty', 'oblast', 'gpo', { oblastType: 'oblast' }),
    unit('medeu', 'district', 'almaty', { districtType: 'district' }),
    unit('medeu-meeting', 'interdepartmentalMeeting', 'medeu'),
    unit('almaty-council', 'coordinationCouncil', 'almaty', { level: 'regional' }),
    unit('almaty-collegium', 'collegium', 'almaty'),
    unit('rep-council', 'coordinationCouncil', 'gpo', { level: 'republican' }),
    unit('gpo-collegium', 'collegium', 'gpo'),
  ];
  const relations: Relation[] = [
    { id: 'a-gpo', kind: 'appointment', from: 'president', to: 'gpo', consentOf: 'senate' },
    { id: 'a-deputy', kind: 'appointment', from: 'president', to: 'deputy' },
    { id: 'a-committee', kind: 'appointment', from: 'president', to: 'committee' },
    { id: 'a-academy', kind: 'appointment', from: 'gpo', to: 'academy', consentOf: 'president' },
    { id: 'a-mil', kind: 'appointment', from: 'gpo', to: 'mil', consentOf: 'president' },
    { id: 'a-tr', kind: 'appointment', from: 'gpo', to: 'tr', consentOf: 'president' },
    { id: 'a-almaty', kind: 'appointment', from: 'gpo', to: 'almaty', consentOf: 'president' },
    { id: 'a-medeu', kind: 'appointment', from: 'gpo', to: 'medeu' },
    { id: 'acc-gpo', kind: 'accountability', from: 'gpo', to: 'president' },
    { id: 'sup-mvd', kind: 'supervision', from: 'gpo', to: 'mvd' },
    { id: 'c-rep', kind: 'councilChair', from: 'gpo', to: 'rep-council' },
    { id: 'm-rep-mvd', kind: 'councilMember', from: 'mvd', to: 'rep-council' },
    { id: 'm-rep-knb', kind: 'councilMember', from: 'knb', to: 'rep-council' },
    { id: 'm-rep-gpo', kind: 'councilMember', from: 'gpo', to: 'rep-council' },
    { id: 'c-alm', kind: 'councilChair', from: 'almaty', to: 'almaty-council' },
    { id: 'm-alm-mvd', kind: 'councilMember', from: 'mvd', to: 'almaty-council' },
    { id: 'm-alm-mil', kind: 'councilMember', from: 'mil-south', to: 'almaty-council', invited: true },
    { id: 'c-mil', kind: 'councilChair', from: 'mil', to: 'mil-council' },
    { id: 'm-mil', kind: 'councilMember', from: 'mvd', to: 'mil-council' },
    { id: 'c-tr', kind: 'councilChair', from: 'tr', to: 'tr-council' },
    { id: 'm-tr', kind: 'councilMember', from: 'mvd', to: 'tr-council' },
    { id: 'm-meeting', kind: 'councilMember', from: 'mvd', to: 'medeu-meeting' },
    { id: 'm-collegium', kind: 'councilMember', from: 'deputy', to: 'gpo-collegium' },
  ];
  return docOf(units, relations);
}

/** A copy of `doc` with one unit changed or added. */
export function withUnit(doc: OrgDocument, u: Unit): OrgDocument {
  return { ...doc, units: { ...doc.units, [u.id]: u } };
}

export function withRelations(doc: OrgDocument, ...relations: Relation[]): OrgDocument {
  return { ...doc, relations: [...doc.relations, ...relations] };
}

export function without(doc: OrgDocument, ...ids: UnitId[]): OrgDocument {
  const units = { ...doc.units };
  for (const id of ids) delete units[id];
  return { ...doc, units };
}
