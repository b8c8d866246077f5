import type { CitationId } from '../../law';
import { DEFAULT_EDITION, type EditionId } from '../../law/editions';
import type { LocalizedText } from '../../law/types';
import { consentPhrase } from '../consent';
import { kindText, names } from './text';
import type { Finding, OrgRule } from './types';
import type { UnitKind } from '../types';

export interface AppointmentRequirement {
  appointer: 'president' | 'generalOffice';
  /** Whose consent is needed, if anyone's. */
  consent?: 'senate' | 'president' | 'kurultai';
  /**
   * The consent is an open question (edition 2026: the Kurultai's consent to the GP's appointment):
   * drawn with it or without it, the appointment is accepted, and the UI says it is unverified.
   */
  consentUnverified?: boolean;
  citation: CitationId;
}

/**
 * Who appoints the head of each kind of office (CL art. 8, 16; domain.md §3).
 * Kinds not listed are staffed by the GP without a modelled appointment.
 */
export const APPOINTMENTS: Partial<Record<UnitKind, AppointmentRequirement>> = {
  generalOffice: { appointer: 'president', consent: 'senate', citation: 'org.appointGeneralProsecutor' },
  gpoPost: { appointer: 'president', citation: 'org.appointDeputies' },
  committee: { appointer: 'president', citation: 'org.appointCommitteeHead' },
  academy: { appointer: 'generalOffice', consent: 'president', citation: 'org.appointWithPresidentConsent' },
  militaryChief: { appointer: 'generalOffice', consent: 'president', citation: 'org.appointWithPresidentConsent' },
  transportChief: { appointer: 'generalOffice', consent: 'president', citation: 'org.appointWithPresidentConsent' },
  oblast: { appointer: 'generalOffice', consent: 'president', citation: 'org.appointWithPresidentConsent' },
  district: { appointer: 'generalOffice', citation: 'org.appointDistrict' },
};

/**
 * What the 2026 edition changes (models/law/editions, change `gpConsent`): the President appoints
 * the GP; whether the Kurultai consents is unverified, so both drawings are accepted.
 */
const APPOINTMENTS_2026: Partial<Record<UnitKind, AppointmentRequirement>> = {
  generalOffice: { appointer: 'president', consent: 'kurultai', consentUnverified: true, citation: 'constitution2026.gpAppointment' },
};

/** The appointment of a kind's head in an edition. */
export function appointmentFor(kind: UnitKind, edition: EditionId = DEFAULT_EDITION): AppointmentRequirement | undefined {
  return (edition === '2026' ? APPOINTMENTS_2026[kind] : undefined) ?? APPOINTMENTS[kind];
}

function consentPhrases(kind: UnitKind): LocalizedText {
  const unit = { kind, name: kindText(kind) };
  return { kk: consentPhrase(unit, 'kk'), ru: consentPhrase(unit, 'ru'), en: consentPhrase(unit, 'en') };
}

const NONE: LocalizedText = { kk: 'келісімсіз', ru: 'без согласия', en: 'no consent' };

/** Appointments follow CL art. 8 and 16: right appointer, right consent; a missing one is a warning. */
export const appointments: OrgRule = {
  code: 'appointments',
  title: { kk: 'Тағайындау тәртібі', ru: 'Порядок назначения', en: 'Appointments' },
  check(ctx) {
    const out: Finding[] = [];
    const edition = ctx.doc.edition ?? DEFAULT_EDITION;
    for (const u of ctx.units) {
      const req = appointmentFor(u.kind, edition);
      if (!req) continue;
      const n = names(u);
      const rels = (ctx.relationsTo.get(u.id) ?? []).filter((r) => r.kind === 'appointment');
      const want = kindText(req.appointer);
      // The consent as one whole phrase (Сенаттың келісімімен, с согласия Сената), or "no consent".
      const consentOf: LocalizedText = req.consent ? consentPhrases(req.consent) : NONE;
      if (rels.length === 0) {
        out.push({
          code: 'appointments.missing', severity: 'warning', units: [u.id], citation: req.citation,
          values: { appointer: req.appointer, consent: req.consent ?? null },
          message: {
            kk: `${n.kk} басшысын тағайындау көрсетілмеген: тағайындайтын — ${want.kk}, ${consentOf.kk}`,
            ru: `Не показано назначение руководителя органа «${n.ru}»: назначает ${want.ru}, ${consentOf.ru}`,
            en: `The appointment of the head of ${n.en} is not shown: ${want.en} appoints, ${consentOf.en}`,
          },
        });
        continue;
      }
      if (rels.length > 1) {
        out.push({
          code: 'appointments.multiple', severity: 'warning', units: [u.id], relations: rels.map((r) => r.id), citation: req.citation,
          values: { count: rels.length },
          message: {
            kk: `${n.kk} басшысы ${rels.length} рет тағайындалған`,
            ru: `Руководитель органа «${n.ru}» назначен несколько раз (${rels.length})`,
            en: `The head of ${n.en} is appointed ${rels.length} times`,
          },
        });
      }
      for (const r of rels) {
        const from = ctx.get(r.from);
        // An appointer that may appoint nobody is reported by relationEndpoints.
        if (from && from.kind !== req.appointer && (from.kind === 'president' || from.kind === 'generalOffice')) {
          const fn = names(from);
          out.push({
            code: 'appointments.wrongAppointer', severity: 'error', units: [u.id, from.id], relations: [r.id], citation: req.citation,
            values: { appointer: from.kind, expected: req.appointer },
            message: {
              kk: `${n.kk} басшысын ${fn.kk} емес, ${want.kk} тағайындайды`,
              ru: `Руководителя органа «${n.ru}» назначает ${want.ru}, а не ${fn.ru}`,
              en: `The head of ${n.en} is appointed by the ${want.en}, not by ${fn.en}`,
            },
          });
        }
        const consent = r.consentOf !== undefined ? ctx.get(r.consentOf) : undefined;
        if (r.consentOf !== undefined && !consent) continue; // dangling: reported by danglingRelation
        const consentKind = consent?.kind;
        if (consentKind === req.consent) continue;
        if (req.consentUnverified && consentKind === undefined) continue;
        const got = consent ? names(consent) : NONE;
        out.push({
          code: req.consent && !consent ? 'appointments.missingConsent' : 'appointments.wrongConsent',
          severity: 'error', units: consent ? [u.id, consent.id] : [u.id], relations: [r.id], citation: req.citation,
          values: { consent: consentKind ?? null, expected: req.consent ?? null },
          message: req.consent
            ? {
                kk: `${n.kk} басшысы ${consentOf.kk} тағайындалады (көрсетілгені: ${got.kk})`,
                ru: `Руководитель органа «${n.ru}» назначается ${consentOf.ru} (указано: ${got.ru})`,
                en: `The head of ${n.en} is appointed ${consentOf.en} (given: ${got.en})`,
              }
            : {
                kk: `${n.kk} басшысын тағайындауға ешкімнің келісімі қажет емес (көрсетілгені: ${got.kk})`,
                ru: `Для назначения руководителя органа «${n.ru}» согласие не требуется (указано: ${got.ru})`,
                en: `Appointing the head of ${n.en} needs no one's consent (given: ${got.en})`,
              },
        });
      }
    }
    return out;
  },
};
