import { RELATION_CITATION } from './citations';
import { names } from './text';
import type { Finding, OrgRule } from './types';

/** Every `parentId` names an existing unit (CL art. 5.2). */
export const danglingParent: OrgRule = {
  code: 'danglingParent',
  title: { kk: 'Жоғары тұрған бөлімше бар', ru: 'Вышестоящее подразделение существует', en: 'Parent exists' },
  check(ctx) {
    const out: Finding[] = [];
    for (const u of ctx.units) {
      if (u.parentId === undefined || ctx.get(u.parentId)) continue;
      const n = names(u);
      out.push({
        code: 'danglingParent.missing', severity: 'error', units: [u.id], citation: 'common.subordination', values: { parentId: u.parentId },
        message: {
          kk: `${n.kk} жоқ "${u.parentId}" бөлімшесіне бағынады`,
          ru: `${n.ru} подчинена несуществующему подразделению "${u.parentId}"`,
          en: `${n.en} answers to "${u.parentId}", which does not exist`,
        },
      });
    }
    return out;
  },
};

/** Every relation's `from`, `to` and `consentOf` name existing units. */
export const danglingRelation: OrgRule = {
  code: 'danglingRelation',
  title: { kk: 'Байланыстың ұштары бар', ru: 'Концы связей существуют', en: 'Relation ends exist' },
  check(ctx) {
    const out: Finding[] = [];
    for (const r of ctx.doc.relations) {
      const ends: [string, string | undefined][] = [['from', r.from], ['to', r.to], ['consentOf', r.consentOf]];
      for (const [end, id] of ends) {
        if (id === undefined || ctx.get(id)) continue;
        const existing = [r.from, r.to].filter((x) => ctx.get(x));
        const n = existing[0] !== undefined ? names(ctx.get(existing[0])) : undefined;
        const about = n ? { kk: ` (${n.kk})`, ru: ` (${n.ru})`, en: ` (${n.en})` } : { kk: '', ru: '', en: '' };
        out.push({
          code: 'danglingRelation.missing', severity: 'error', units: existing, relations: [r.id],
          citation: RELATION_CITATION[r.kind], values: { end, unitId: id, relationKind: r.kind },
          message: {
            kk: `"${r.id}" байланысы${about.kk} жоқ "${id}" бөлімшесін көрсетеді (${end})`,
            ru: `Связь "${r.id}"${about.ru} указывает на несуществующее подразделение "${id}" (${end})`,
            en: `Relation "${r.id}"${about.en} points at "${id}", which does not exist (${end})`,
          },
        });
      }
    }
    return out;
  },
};

/** `units[id].id === id`, relation ids are unique and never a unit's id. */
export const ids: OrgRule = {
  code: 'ids',
  title: { kk: 'Бірегей идентификаторлар', ru: 'Уникальные идентификаторы', en: 'Unique ids' },
  check(ctx) {
    const out: Finding[] = [];
    for (const [key, u] of Object.entries(ctx.doc.units)) {
      if (u.id === key) continue;
      out.push({
        code: 'ids.mismatch', severity: 'error', units: [key], citation: 'org.system', values: { key, id: u.id },
        message: {
          kk: `"${key}" кілтіндегі бөлімшенің идентификаторы "${u.id}"`,
          ru: `Подразделение под ключом "${key}" имеет идентификатор "${u.id}"`,
          en: `The unit filed under "${key}" has the id "${u.id}"`,
        },
      });
    }
    const seen = new Set<string>();
    for (const r of ctx.doc.relations) {
      const clash = seen.has(r.id) ? 'relation' : ctx.get(r.id) ? 'unit' : undefined;
      seen.add(r.id);
      if (!clash) continue;
      out.push({
        code: 'ids.duplicateRelationId', severity: 'error', units: [], relations: [r.id], citation: RELATION_CITATION[r.kind], values: { id: r.id, clash },
        message: {
          kk: `"${r.id}" идентификаторы бірнеше рет қолданылған`,
          ru: `Идентификатор "${r.id}" использован повторно`,
          en: `The id "${r.id}" is used more than once`,
        },
      });
    }
    return out;
  },
};
