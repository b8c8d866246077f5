import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../../models/org/rules';
import { tryParseOrgFile } from '../../../models/org/schema';
import { TEMPLATES, classroomTemplate, kazakhstan2026Template, kazakhstanTemplate, templateFileName, templateFileText } from '../../../models/org/templates';
import type { OrgDocument, Unit, UnitKind } from '../../../models/org/types';

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;

const national = kazakhstanTemplate();
const classroom = classroomTemplate();

function ofKind(doc: OrgDocument, kind: UnitKind): Unit[] {
  return Object.values(doc.units).filter((u) => u.kind === kind);
}

function childrenOf(doc: OrgDocument, id: string, kind?: UnitKind): Unit[] {
  return Object.values(doc.units).filter((u) => u.parentId === id && (kind === undefined || u.kind === kind));
}

describe.each([
  ['kazakhstan', national],
  ['kazakhstan-2026', kazakhstan2026Template()],
  ['classroom', classroom],
] as const)('the %s template', (id, doc) => {
  it('parses as an org file', () => {
    const r = tryParseOrgFile(JSON.stringify({ format: 'prokuratura.org', version: 1, document: doc }));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('gives no findings at all from the org rules', () => {
    expect(validate(doc).map((f) => `${f.code}: ${f.message.en}`)).toEqual([]);
  });

  it('is marked with its template id', () => {
    expect(doc.template).toBe(id);
  });

  it('names every unit and its head in three languages, in the right scripts', () => {
    const bad: string[] = [];
    for (const u of Object.values(doc.units)) {
      for (const text of [u.name, u.head]) {
        if (!text) {
          bad.push(`${u.id}: no head`);
          continue;
        }
        if (!text.kk.trim() || !text.ru.trim() || !text.en.trim()) bad.push(`${u.id}: empty text`);
        if (LATIN.test(text.kk) || LATIN.test(text.ru)) bad.push(`${u.id}: Latin letters in kk/ru`);
        if (CYRILLIC.test(text.en)) bad.push(`${u.id}: Cyrillic in en`);
      }
      // The Kazakh name is Kazakh, not the Russian one copied over.
      if (u.name.kk === u.name.ru || !KAZAKH_LETTERS.test(u.name.kk)) bad.push(`${u.id}: kk name is not Kazakh: ${u.name.kk}`);
    }
    expect(bad).toEqual([]);
  });

  it('uses readable ids', () => {
    for (const unitId of Object.keys(doc.units)) expect(unitId).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('builds the same document every time', () => {
    const entry = TEMPLATES.find((x) => x.id === id);
    expect(entry?.build()).toEqual(doc);
  });

  it('is published in public/templates exactly as built', () => {
    const text = readFileSync(new URL(`../../../public/templates/${templateFileName(id)}`, import.meta.url), 'utf8');
    expect(text).toBe(templateFileText(doc));
    const parsed = tryParseOrgFile(text);
    expect(parsed.ok && parsed.value.document).toEqual(doc);
  });
});

describe('the national template', () => {
  it('has the 20 oblast-level offices: 17 oblasts, 2 cities, the capital', () => {
    const oblasts = ofKind(national, 'oblast');
    expect(oblasts).toHaveLength(20);
    expect(oblasts.filter((u) => u.oblastType === 'oblast')).toHaveLength(17);
    expect(oblasts.filter((u) => u.oblastType === 'city').map((u) => u.id).sort()).toEqual(['oblast-almaty-city', 'oblast-shymkent']);
    expect(oblasts.filter((u) => u.oblastType === 'capital').map((u) => u.id)).toEqual(['oblast-astana']);
    for (const o of oblasts) expect(o.parentId).toBe('gpo');
  });

  it('spells the offices as the law and the map do', () => {
    expect(national.units['oblast-almaty-region']?.name).toEqual({
      kk: 'Алматы облысының прокуратурасы',
      ru: 'Прокуратура Алматинской области',
      en: "Prosecutor's Office of Almaty Region",
    });
    expect(national.units['district-almaty-region-konaev']?.parentId).toBe('oblast-almaty-region');
    expect(national.units.gpo?.head?.en).toBe('General Prosecutor of the Republic of Kazakhstan');
  });

  it('has at least 60 district-level offices, at least 3 under each oblast-level office, of every type', () => {
    const districts = ofKind(national, 'district');
    expect(districts.length).toBeGreaterThanOrEqual(60);
    for (const o of ofKind(national, 'oblast')) expect(childrenOf(national, o.id, 'district').length, o.id).toBeGreaterThanOrEqual(3);
    expect(new Set(districts.map((d) => d.districtType))).toEqual(new Set(['city', 'district', 'interDistrict', 'specialised']));
  });

  it('has one territorial body of the Committee per oblast-level office', () => {
    const territorial = ofKind(national, 'committeeTerritorial');
    expect(territorial.every((u) => u.parentId === 'committee')).toBe(true);
    const regions = (units: Unit[], prefix: string) => units.map((u) => u.id.slice(prefix.length)).sort();
    expect(regions(territorial, 'committee-')).toEqual(regions(ofKind(national, 'oblast'), 'oblast-'));
  });

  it('has the 23 Coordination Councils, each chaired by its host, with permanent and invited members', () => {
    const councils = ofKind(national, 'coordinationCouncil');
    expect(councils.length).toBeGreaterThanOrEqual(23);
    const levels = councils.map((c) => c.level);
    expect(levels.filter((l) => l === 'republican')).toHaveLength(1);
    expect(levels.filter((l) => l === 'regional')).toHaveLength(20);
    expect(levels.filter((l) => l === 'military')).toHaveLength(1);
    expect(levels.filter((l) => l === 'transport')).toHaveLength(1);
    for (const o of ofKind(national, 'oblast')) expect(childrenOf(national, o.id, 'coordinationCouncil'), o.id).toHaveLength(1);
    for (const c of councils) {
      const rels = national.relations.filter((r) => r.to === c.id);
      expect(rels.filter((r) => r.kind === 'councilChair').map((r) => r.from), c.id).toEqual([c.parentId]);
      expect(rels.filter((r) => r.kind === 'councilMember' && !r.invited).length, c.id).toBeGreaterThanOrEqual(3);
      expect(rels.filter((r) => r.kind === 'councilMember' && r.invited).length, c.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('puts the National Security Committee and the Ministry of Justice on the republican council (domain.md §8)', () => {
    const members = national.relations.filter((r) => r.to === 'council-republican' && r.kind === 'councilMember' && !r.invited).map((r) => r.from);
    expect(members).toEqual(expect.arrayContaining(['agency-knb', 'agency-justice', 'agency-mvd']));
  });

  it('has the appointments of CL art. 8 and 16', () => {
    const appointment = (to: string) => national.relations.filter((r) => r.kind === 'appointment' && r.to === to);
    expect(appointment('gpo')).toEqual([expect.objectContaining({ from: 'president', consentOf: 'senate' })]);
    for (const u of [...ofKind(national, 'oblast'), ...ofKind(national, 'academy'), ...ofKind(national, 'militaryChief'), ...ofKind(national, 'transportChief')]) {
      expect(appointment(u.id), u.id).toEqual([expect.objectContaining({ from: 'gpo', consentOf: 'president' })]);
    }
    for (const u of ofKind(national, 'gpoPost')) expect(appointment(u.id), u.id).toEqual([expect.objectContaining({ from: 'president' })]);
    for (const u of ofKind(national, 'district')) expect(appointment(u.id)[0]?.from, u.id).toBe('gpo');
    expect(national.relations).toContainEqual(expect.objectContaining({ kind: 'accountability', from: 'gpo', to: 'president' }));
  });

  it('has the military and transport chains', () => {
    expect(ofKind(national, 'militaryRegional').length).toBeGreaterThanOrEqual(4);
    for (const m of ofKind(national, 'militaryRegional')) expect(childrenOf(national, m.id, 'militaryGarrison').length, m.id).toBeGreaterThanOrEqual(2);
    expect(ofKind(national, 'transportRegional').length).toBeGreaterThanOrEqual(5);
  });
});

describe('the classroom template', () => {
  it('is small and has one of each kind of prosecution office', () => {
    const n = Object.keys(classroom.units).length;
    expect(n).toBeGreaterThanOrEqual(20);
    expect(n).toBeLessThanOrEqual(30);
    for (const kind of ['generalOffice', 'gpoPost', 'apparatus', 'collegium', 'committee', 'committeeTerritorial', 'academy', 'militaryChief', 'militaryRegional', 'militaryGarrison', 'transportChief', 'transportRegional'] as const) {
      expect(ofKind(classroom, kind).length, kind).toBeGreaterThanOrEqual(1);
    }
    expect(ofKind(classroom, 'oblast').length).toBeGreaterThanOrEqual(2);
    expect(ofKind(classroom, 'coordinationCouncil').map((c) => c.level).sort()).toEqual(['regional', 'republican']);
  });

  it('shares its ids and names with the national template', () => {
    for (const u of Object.values(classroom.units)) {
      const same = national.units[u.id];
      expect(same, u.id).toBeDefined();
      expect(same?.name, u.id).toEqual(u.name);
    }
  });
});
