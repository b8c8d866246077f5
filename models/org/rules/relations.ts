import { isCollegialKind, isExternalKind } from '../kinds';
import type { Relation } from '../types';
import { RELATION_CITATION } from './citations';
import { names } from './text';
import type { Finding, OrgRule, RuleContext } from './types';

/** Who may give consent to an appointment; which of them the edition allows is the editionKinds rule's and the appointments rule's business. */
const CONSENTING_KINDS: readonly string[] = ['president', 'senate', 'kurultai'];

function endpointProblem(ctx: RuleContext, r: Relation): Omit<Finding, 'citation' | 'relations'> | undefined {
  const from = ctx.get(r.from);
  const to = ctx.get(r.to);
  if (!from || !to) return undefined; // reported by danglingRelation
  const fn = names(from);
  const tn = names(to);
  if (r.from === r.to) {
    return {
      code: 'relationEndpoints.selfLoop', severity: 'error', units: [from.id], values: { relationKind: r.kind },
      message: {
        kk: `${fn.kk} өзімен өзі байланысқан`,
        ru: `${fn.ru} связана сама с собой`,
        en: `${fn.en} is related to itself`,
      },
    };
  }
  switch (r.kind) {
    case 'appointment': {
      if (from.kind !== 'president' && from.kind !== 'generalOffice') {
        return {
          code: 'relationEndpoints.appointer', severity: 'error', units: [from.id, to.id], values: { fromKind: from.kind },
          message: {
            kk: `${fn.kk} тағайындай алмайды: прокуратура басшыларын Президент немесе Бас Прокурор тағайындайды`,
            ru: `${fn.ru} не назначает: руководителей прокуратуры назначает Президент или Генеральный Прокурор`,
            en: `${fn.en} cannot appoint: the President or the General Prosecutor appoints heads of prosecution bodies`,
          },
        };
      }
      if (isExternalKind(to.kind) || isCollegialKind(to.kind)) {
        return {
          code: 'relationEndpoints.appointee', severity: 'error', units: [to.id, from.id], values: { toKind: to.kind },
          message: {
            kk: `${tn.kk} прокуратура органы емес, оған басшы тағайындалмайды`,
            ru: `${tn.ru} не орган прокуратуры: ей не назначают руководителя`,
            en: `${tn.en} is not a prosecution office: no head is appointed to it`,
          },
        };
      }
      const consent = r.consentOf !== undefined ? ctx.get(r.consentOf) : undefined;
      if (consent && !CONSENTING_KINDS.includes(consent.kind)) {
        const cn = names(consent);
        return {
          code: 'relationEndpoints.consent', severity: 'error', units: [to.id, consent.id], values: { consentKind: consent.kind },
          message: {
            kk: `Тағайындауға келісімді Президент, Сенат (2023) немесе Құрылтай (2026) береді, ${cn.kk} емес`,
            ru: `Согласие на назначение даёт Президент, Сенат (2023) или Курултай (2026), а не ${cn.ru}`,
            en: `Consent to an appointment comes from the President, the Senate (2023) or the Kurultai (2026), not from ${cn.en}`,
          },
        };
      }
      return undefined;
    }
    case 'councilMember':
    case 'councilChair': {
      if (!isCollegialKind(to.kind)) {
        return {
          code: 'relationEndpoints.notCollegial', severity: 'error', units: [to.id, from.id], values: { toKind: to.kind, relationKind: r.kind },
          message: {
            kk: `${tn.kk} кеңес те, алқа да емес: оған мүше не төраға болмайды`,
            ru: `${tn.ru} — не совет и не коллегия: у неё нет членов и председателя`,
            en: `${tn.en} is not a council or collegium: it has no members or chair`,
          },
        };
      }
      if (r.kind === 'councilChair' && (isExternalKind(from.kind) || isCollegialKind(from.kind))) {
        return {
          code: 'relationEndpoints.chair', severity: 'error', units: [from.id, to.id], values: { fromKind: from.kind },
          message: {
            kk: `${fn.kk} кеңеске төрағалық ете алмайды: төраға — прокуратура органының басшысы`,
            ru: `${fn.ru} не может председательствовать: председатель — руководитель органа прокуратуры`,
            en: `${fn.en} cannot chair: the chair is the head of a prosecution office`,
          },
        };
      }
      break;
    }
    case 'accountability':
    case 'supervision':
    case 'subordination': {
      if (isExternalKind(from.kind)) {
        return {
          code: 'relationEndpoints.externalSource', severity: 'error', units: [from.id, to.id], values: { fromKind: from.kind, relationKind: r.kind },
          message: {
            kk: `${fn.kk} прокуратура жүйесінен тыс: бұл байланыс прокуратура органынан басталады`,
            ru: `${fn.ru} вне системы прокуратуры: такая связь начинается у органа прокуратуры`,
            en: `${fn.en} is outside the prosecution system: this relation starts at a prosecution office`,
          },
        };
      }
      break;
    }
  }
  if (r.consentOf !== undefined) {
    // (appointments returned above: consent belongs to them)
    return {
      code: 'relationEndpoints.consentOutsideAppointment', severity: 'warning', units: [from.id, to.id], values: { relationKind: r.kind },
      message: {
        kk: 'Келісім тек тағайындауға қатысты',
        ru: 'Согласие бывает только у назначения',
        en: 'Consent belongs to appointments only',
      },
    };
  }
  if (r.invited !== undefined && r.kind !== 'councilMember') {
    return {
      code: 'relationEndpoints.invitedOutsideMembership', severity: 'warning', units: [from.id, to.id], values: { relationKind: r.kind },
      message: {
        kk: '«Шақырылған» белгісі тек кеңес мүшелігіне қатысты',
        ru: 'Отметка «приглашён» бывает только у членства в совете',
        en: 'The "invited" mark belongs to council membership only',
      },
    };
  }
  return undefined;
}

/** Relations join sensible kinds: appointments from the President or the GP, members to councils… */
export const relationEndpoints: OrgRule = {
  code: 'relationEndpoints',
  title: { kk: 'Байланыс ұштарының түрлері', ru: 'Виды концов связей', en: 'Relation ends' },
  check(ctx) {
    const out: Finding[] = [];
    for (const r of ctx.doc.relations) {
      const p = endpointProblem(ctx, r);
      if (p) out.push({ ...p, relations: [r.id], citation: RELATION_CITATION[r.kind] });
    }
    return out;
  },
};

/** The same relation (kind, from, to) twice. */
export const duplicateRelations: OrgRule = {
  code: 'duplicateRelations',
  title: { kk: 'Қайталанған байланыстар', ru: 'Повторные связи', en: 'Duplicate relations' },
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Map<string, Relation>();
    for (const r of ctx.doc.relations) {
      const key = `${r.kind}\u0000${r.from}\u0000${r.to}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, r);
        continue;
      }
      const fn = names(ctx.get(r.from), r.from);
      const tn = names(ctx.get(r.to), r.to);
      out.push({
        code: 'duplicateRelations.duplicate', severity: 'warning', units: [r.from, r.to].filter((id) => ctx.get(id)), relations: [first.id, r.id],
        citation: RELATION_CITATION[r.kind], values: { relationKind: r.kind },
        message: {
          kk: `${fn.kk} → ${tn.kk} байланысы (${r.kind}) екі рет көрсетілген`,
          ru: `Связь ${fn.ru} → ${tn.ru} (${r.kind}) указана дважды`,
          en: `The relation ${fn.en} → ${tn.en} (${r.kind}) appears twice`,
        },
      });
    }
    return out;
  },
};

/**
 * A stored `subordination` relation (superior -> subordinate) is redundant
 * with `parentId`; one that says otherwise contradicts the tree (CL art. 5.2).
 */
export const storedSubordination: OrgRule = {
  code: 'storedSubordination',
  title: { kk: 'Сақталған бағыну байланыстары', ru: 'Хранимые связи подчинения', en: 'Stored subordination' },
  check(ctx) {
    const out: Finding[] = [];
    for (const r of ctx.doc.relations) {
      if (r.kind !== 'subordination') continue;
      const from = ctx.get(r.from);
      const to = ctx.get(r.to);
      if (!from || !to || r.from === r.to) continue;
      const fn = names(from);
      const tn = names(to);
      const base = { units: [to.id, from.id], relations: [r.id], citation: 'common.subordination' as const, values: { from: r.from, to: r.to } };
      if (to.parentId === from.id) {
        out.push({
          ...base, code: 'storedSubordination.redundant', severity: 'info',
          message: {
            kk: `${tn.kk} ${fn.kk} бөлімшесіне бағынатыны ағаштан шығады; бұл байланыс артық`,
            ru: `Подчинение ${tn.ru} → ${fn.ru} уже следует из дерева; связь избыточна`,
            en: `${tn.en} answering to ${fn.en} already follows from the tree; the relation is redundant`,
          },
        });
      } else if (from.parentId === to.id) {
        out.push({
          ...base, code: 'storedSubordination.reversed', severity: 'warning',
          message: {
            kk: `Бағыну байланысы кері бағытталған: ${fn.kk} ${tn.kk} бөлімшесіне бағынады`,
            ru: `Связь подчинения направлена наоборот: ${fn.ru} подчинена ${tn.ru}`,
            en: `The subordination relation points the wrong way: ${fn.en} answers to ${tn.en}`,
          },
        });
      } else {
        out.push({
          ...base, code: 'storedSubordination.contradicts', severity: 'error',
          message: {
            kk: `Байланыс ${tn.kk} ${fn.kk} бөлімшесіне бағынады дейді, ал ағашта олай емес`,
            ru: `Связь утверждает, что ${tn.ru} подчинена ${fn.ru}, а дерево говорит иное`,
            en: `The relation says ${tn.en} answers to ${fn.en}, but the tree says otherwise`,
          },
        });
      }
    }
    return out;
  },
};
