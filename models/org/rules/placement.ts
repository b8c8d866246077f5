import { COUNCIL_LEVEL_LABELS, councilLevelFor, isAllowedUnder, isExternalKind, KINDS } from '../kinds';
import type { Unit } from '../types';
import { kindList, kindText, names } from './text';
import type { Finding, OrgRule, RuleContext } from './types';

/** Kinds placed by the councils rule (domain.md §8) rather than the general table check. */
const COORDINATION_KINDS = new Set(['coordinationCouncil', 'interdepartmentalMeeting']);

/** The parent to judge placement against: undefined when there is none, null when it is broken (dangling or external; other rules report those). */
function judgedParent(ctx: RuleContext, u: Unit): Unit | undefined | null {
  if (u.parentId === undefined) return undefined;
  const p = ctx.get(u.parentId);
  if (!p || isExternalKind(p.kind)) return null;
  return p;
}

function misplaced(ctx: RuleContext, u: Unit, code: string): Finding | undefined {
  const parent = judgedParent(ctx, u);
  if (parent === null) return undefined;
  if (isAllowedUnder(u.kind, parent?.kind)) return undefined;
  const info = KINDS[u.kind];
  const n = names(u);
  const k = kindText(u.kind);
  const allowed = kindList(info.parents);
  if (!parent) {
    return {
      code: `${code}.noParent`, severity: 'error', units: [u.id], citation: info.citation, values: { kind: u.kind, parentKind: null },
      message: {
        kk: `${n.kk} (${k.kk}) жоғары тұрған бөлімшесіз тұр; ол мыналардың астында болуы керек: ${allowed.kk}`,
        ru: `${n.ru} (${k.ru}) стоит без вышестоящего; её место под: ${allowed.ru}`,
        en: `${n.en} (${k.en}) has no parent; it belongs under: ${allowed.en}`,
      },
    };
  }
  const pn = names(parent);
  const pk = kindText(parent.kind);
  return {
    code: `${code}.notAllowed`, severity: 'error', units: [u.id, parent.id], citation: info.citation, values: { kind: u.kind, parentKind: parent.kind },
    message: {
      kk: `${n.kk} (${k.kk}) ${pn.kk} (${pk.kk}) астында тұра алмайды; оның орны: ${allowed.kk}`,
      ru: `${n.ru} (${k.ru}) не может стоять под ${pn.ru} (${pk.ru}); её место под: ${allowed.ru}`,
      en: `${n.en} (${k.en}) cannot sit under ${pn.en} (${pk.en}); it belongs under: ${allowed.en}`,
    },
  };
}

/** Each kind sits only under the kinds the law puts above it (kinds.ts; CL art. 5, 7, 11–16, 30). */
export const kindPlacement: OrgRule = {
  code: 'kindPlacement',
  title: { kk: 'Бөлімше өз орнында', ru: 'Подразделение на своём месте', en: 'Each unit in its place' },
  check(ctx) {
    const out: Finding[] = [];
    for (const u of ctx.units) {
      // The root, external bodies and coordination bodies have rules of their own.
      if (u.kind === 'generalOffice' || isExternalKind(u.kind) || COORDINATION_KINDS.has(u.kind)) continue;
      const f = misplaced(ctx, u, 'kindPlacement');
      if (f) out.push(f);
    }
    return out;
  },
};

/**
 * Coordination Councils only at the General, chief military, chief transport
 * and oblast offices; below them interdepartmental meetings without councils
 * (CL art. 28; domain.md §8). One permanent council per office.
 */
export const councilsOnlyAtLevels: OrgRule = {
  code: 'councilsOnlyAtLevels',
  title: { kk: 'Кеңестер тек өз деңгейінде', ru: 'Советы только на своих уровнях', en: 'Councils only at their levels' },
  check(ctx) {
    const out: Finding[] = [];
    for (const u of ctx.units) {
      if (!COORDINATION_KINDS.has(u.kind)) continue;
      const f = misplaced(ctx, u, 'councilsOnlyAtLevels');
      if (f) out.push(f);
    }
    for (const [hostId, kids] of ctx.children) {
      const councils = kids.filter((k) => k.kind === 'coordinationCouncil');
      if (councils.length < 2) continue;
      const h = names(ctx.get(hostId), hostId);
      out.push({
        code: 'councilsOnlyAtLevels.several', severity: 'warning', units: councils.map((c) => c.id), citation: 'org.coordinationCouncils',
        values: { hostId, count: councils.length },
        message: {
          kk: `${h.kk} жанында ${councils.length} Үйлестіру кеңесі бар; тұрақты кеңес біреу`,
          ru: `При ${h.ru} ${councils.length} координационных совета; постоянный совет один`,
          en: `${h.en} has ${councils.length} Coordination Councils; the permanent council is one`,
        },
      });
    }
    return out;
  },
};

/** President, Senate and other state bodies stand outside the tree (CL art. 3). */
export const externalNotInTree: OrgRule = {
  code: 'externalNotInTree',
  title: { kk: 'Сыртқы органдар ағаштан тыс', ru: 'Внешние органы вне дерева', en: 'External bodies outside the tree' },
  check(ctx) {
    const out: Finding[] = [];
    for (const u of ctx.units) {
      const n = names(u);
      if (isExternalKind(u.kind) && u.parentId !== undefined) {
        out.push({
          code: 'externalNotInTree.hasParent', severity: 'error', units: [u.id], citation: 'org.accountability', values: { kind: u.kind, parentId: u.parentId },
          message: {
            kk: `${n.kk} прокуратура жүйесіне кірмейді, оны ешкімге бағындыруға болмайды`,
            ru: `${n.ru} не входит в систему прокуратуры и не может быть кому-то подчинён`,
            en: `${n.en} is outside the prosecution system and cannot be placed under a unit`,
          },
        });
      }
      const p = u.parentId !== undefined ? ctx.get(u.parentId) : undefined;
      if (p && isExternalKind(p.kind)) {
        const pn = names(p);
        out.push({
          code: 'externalNotInTree.externalParent', severity: 'error', units: [u.id, p.id], citation: 'org.accountability', values: { parentKind: p.kind },
          message: {
            kk: `${n.kk} ${pn.kk} астына қойылған, бірақ ${pn.kk} прокуратура жүйесінен тыс`,
            ru: `${n.ru} помещена под ${pn.ru}, но ${pn.ru} вне системы прокуратуры`,
            en: `${n.en} is placed under ${pn.en}, which is outside the prosecution system`,
          },
        });
      }
    }
    return out;
  },
};

/**
 * Kind attributes: an oblast has `oblastType`, a district `districtType`, a
 * council a `level` matching the office it sits at (CL art. 15, 16, 28).
 */
export const kindAttributes: OrgRule = {
  code: 'kindAttributes',
  title: { kk: 'Түріне тән белгілер', ru: 'Признаки по виду', en: 'Kind attributes' },
  check(ctx) {
    const out: Finding[] = [];
    for (const u of ctx.units) {
      const n = names(u);
      const missing = (attr: string, citation: Finding['citation']) =>
        out.push({
          code: 'kindAttributes.missing', severity: 'error', units: [u.id], citation, values: { attribute: attr, kind: u.kind },
          message: {
            kk: `${n.kk}: «${attr}» белгісі көрсетілмеген`,
            ru: `${n.ru}: не указан признак «${attr}»`,
            en: `${n.en}: the attribute "${attr}" is not set`,
          },
        });
      const extra = (attr: string) =>
        out.push({
          code: 'kindAttributes.notApplicable', severity: 'warning', units: [u.id], citation: KINDS[u.kind].citation, values: { attribute: attr, kind: u.kind },
          message: {
            kk: `${n.kk}: «${attr}» белгісі бұл түрге қатысты емес`,
            ru: `${n.ru}: признак «${attr}» не относится к этому виду`,
            en: `${n.en}: the attribute "${attr}" does not apply to this kind`,
          },
        });
      if (u.kind === 'oblast') {
        if (!u.oblastType) missing('oblastType', 'org.oblast');
      } else if (u.oblastType) extra('oblastType');
      if (u.kind === 'district') {
        if (!u.districtType) missing('districtType', 'org.district');
      } else if (u.districtType) extra('districtType');
      if (u.kind === 'coordinationCouncil') {
        if (!u.level) missing('level', 'org.coordinationCouncils');
        else {
          const parent = u.parentId !== undefined ? ctx.get(u.parentId) : undefined;
          const expected = councilLevelFor(parent?.kind);
          if (parent && expected && expected !== u.level) {
            const pn = names(parent);
            const got = COUNCIL_LEVEL_LABELS[u.level];
            const want = COUNCIL_LEVEL_LABELS[expected];
            out.push({
              code: 'kindAttributes.levelMismatch', severity: 'error', units: [u.id, parent.id], citation: 'org.coordinationCouncils',
              values: { level: u.level, expected },
              message: {
                kk: `${n.kk} ${pn.kk} жанында тұр, сондықтан деңгейі «${want.kk}» болуы керек, ал көрсетілгені «${got.kk}»`,
                ru: `${n.ru} состоит при ${pn.ru}, поэтому её уровень «${want.ru}», а указан «${got.ru}»`,
                en: `${n.en} sits at ${pn.en}, so its level is "${want.en}", not "${got.en}"`,
              },
            });
          }
        }
      } else if (u.level) extra('level');
    }
    return out;
  },
};
