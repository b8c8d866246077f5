import { isCollegialKind } from '../kinds';
import { names } from './text';
import type { Finding, OrgRule } from './types';

/**
 * Every Coordination Council has exactly one chair, and the chair is the
 * office the council sits at: the GP chairs the republican council, the
 * oblast prosecutor a regional one (CL art. 28; Council Regulation).
 */
export const councilChair: OrgRule = {
  code: 'councilChair',
  title: { kk: 'Кеңес төрағасы', ru: 'Председатель совета', en: 'Council chair' },
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.byKind.get('coordinationCouncil') ?? []) {
      const chairs = (ctx.relationsTo.get(c.id) ?? []).filter((r) => r.kind === 'councilChair');
      const n = names(c);
      const host = c.parentId !== undefined ? ctx.get(c.parentId) : undefined;
      const hn = names(host, c.parentId ?? '?');
      if (chairs.length === 0) {
        out.push({
          code: 'councilChair.missing', severity: 'warning', units: [c.id], citation: 'org.councilChair', values: { hostId: c.parentId ?? null },
          message: {
            kk: `${n.kk} үшін төраға көрсетілмеген; оған ${hn.kk} басшысы төрағалық етеді`,
            ru: `У ${n.ru} не указан председатель; им является руководитель ${hn.ru}`,
            en: `${n.en} has no chair; the head of ${hn.en} chairs it`,
          },
        });
        continue;
      }
      if (chairs.length > 1) {
        out.push({
          code: 'councilChair.multiple', severity: 'error', units: [c.id], relations: chairs.map((r) => r.id), citation: 'org.councilChair',
          values: { count: chairs.length },
          message: {
            kk: `${n.kk} үшін ${chairs.length} төраға көрсетілген; төраға біреу`,
            ru: `У ${n.ru} указано ${chairs.length} председателя; председатель один`,
            en: `${n.en} has ${chairs.length} chairs; a council has one`,
          },
        });
      }
      for (const r of chairs) {
        if (r.from === c.parentId || !ctx.get(r.from)) continue;
        const fn = names(ctx.get(r.from), r.from);
        out.push({
          code: 'councilChair.wrongChair', severity: 'error', units: [c.id, r.from], relations: [r.id], citation: 'org.councilChair',
          values: { chairId: r.from, hostId: c.parentId ?? null },
          message: {
            kk: `${n.kk} кеңесіне ${fn.kk} емес, ${hn.kk} басшысы төрағалық етеді`,
            ru: `${n.ru} возглавляет руководитель ${hn.ru}, а не ${fn.ru}`,
            en: `${n.en} is chaired by the head of ${hn.en}, not by ${fn.en}`,
          },
        });
      }
    }
    return out;
  },
};

/**
 * Council members are state bodies or prosecution offices, never the
 * President, the Senate or another collegial body; a Coordination Council has
 * permanent (not only invited) members (Council Regulation).
 */
export const councilMembership: OrgRule = {
  code: 'councilMembership',
  title: { kk: 'Кеңес мүшелері', ru: 'Члены совета', en: 'Council members' },
  check(ctx) {
    const out: Finding[] = [];
    for (const r of ctx.doc.relations) {
      if (r.kind !== 'councilMember') continue;
      const m = ctx.get(r.from);
      if (!m) continue;
      if (m.kind === 'president' || m.kind === 'senate' || m.kind === 'kurultai' || isCollegialKind(m.kind)) {
        const mn = names(m);
        const tn = names(ctx.get(r.to), r.to);
        out.push({
          code: 'councilMembership.notABody', severity: 'error', units: [m.id, r.to], relations: [r.id], citation: 'org.councilMembers',
          values: { memberKind: m.kind },
          message: {
            kk: `${mn.kk} ${tn.kk} мүшесі бола алмайды: мүшелер — мемлекеттік органдар мен прокуратура органдары`,
            ru: `${mn.ru} не может быть членом ${tn.ru}: члены — государственные органы и органы прокуратуры`,
            en: `${mn.en} cannot be a member of ${tn.en}: members are state bodies and prosecution offices`,
          },
        });
      }
    }
    for (const c of ctx.byKind.get('coordinationCouncil') ?? []) {
      const rels = ctx.relationsTo.get(c.id) ?? [];
      const permanent = rels.filter((r) => r.kind === 'councilMember' && !r.invited).length;
      if (permanent > 0) continue;
      const n = names(c);
      out.push({
        code: 'councilMembership.noPermanentMembers', severity: 'warning', units: [c.id], citation: 'org.councilMembers', values: { permanent },
        message: {
          kk: `${n.kk} үшін тұрақты мүшелер көрсетілмеген (құқық қорғау органдарының басшылары)`,
          ru: `У ${n.ru} нет постоянных членов (руководители правоохранительных органов)`,
          en: `${n.en} has no permanent members (heads of law-enforcement bodies)`,
        },
      });
    }
    return out;
  },
};
