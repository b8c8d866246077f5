/**
 * The General Prosecutor's status per edition, for the card on the General
 * Prosecutor's Office: term, appointment, immunities, accountability. Each
 * line names its citation (with its provenance) and, for 2026, the edition
 * change whose status it carries (models/law/editions).
 */
import type { EditionId } from './editions';
import type { CitationId } from './index';
import type { LocalizedText } from './types';

export const GP_ASPECTS = ['term', 'appointment', 'immunity', 'accountability'] as const;
export type GpAspect = (typeof GP_ASPECTS)[number];

export interface GpStatusLine {
  aspect: GpAspect;
  text: LocalizedText;
  citation: CitationId;
  /** Ids of the edition changes this line depends on (their statuses are shown beside it). */
  changes?: readonly string[];
}

export const GP_STATUS: Readonly<Record<EditionId, readonly GpStatusLine[]>> = {
  '2023': [
    {
      aspect: 'term',
      text: { kk: 'Бес жыл', ru: 'Пять лет', en: 'Five years' },
      citation: 'org.appointGeneralProsecutor',
    },
    {
      aspect: 'appointment',
      text: {
        kk: 'Президент Сенаттың келісімімен тағайындайды және босатады',
        ru: 'Назначает и освобождает Президент с согласия Сената',
        en: 'Appointed and dismissed by the President with the Senate\'s consent',
      },
      citation: 'org.appointGeneralProsecutor',
    },
    {
      aspect: 'immunity',
      text: {
        kk: 'Сенаттың келісімінсіз ұсталмайды, қамалмайды, күштеп әкелінбейді, сот тәртібімен әкімшілік жазаға, қылмыстық жауапкершілікке тартылмайды (қылмыс үстінде не ауыр қылмыстардан басқа)',
        ru: 'Без согласия Сената не задерживается, не арестовывается, не подвергается приводу, административным взысканиям в судебном порядке, уголовной ответственности (кроме задержания на месте преступления и тяжких преступлений)',
        en: 'Without the Senate\'s consent not detained, arrested, brought by force, given court-imposed administrative penalties or held criminally liable (except when caught in the act or for grave crimes)',
      },
      citation: 'org.gpImmunity',
    },
    {
      aspect: 'accountability',
      text: { kk: 'Президентке есеп береді', ru: 'Подотчётен Президенту', en: 'Accountable to the President' },
      citation: 'org.gpAccountability',
    },
  ],
  '2026': [
    {
      aspect: 'term',
      text: {
        kk: 'Белгіленген мерзім жоқ (бес жылдық мерзім алынып тасталды); бір адам бір рет қана тағайындалады',
        ru: 'Фиксированного срока нет (пятилетний срок исключён); одно лицо назначается только один раз',
        en: 'No fixed term (the 5-year term is removed); one appointment only',
      },
      citation: 'constitution2026.gpTerm',
      changes: ['gpTerm', 'gpOnce'],
    },
    {
      aspect: 'appointment',
      text: {
        kk: 'Президент тағайындайды; Құрылтайдың келісімі қажет пе — ашық сұрақ',
        ru: 'Назначает Президент; нужно ли согласие Курултая — открытый вопрос',
        en: 'Appointed by the President; whether the Kurultai must consent is an open question',
      },
      citation: 'constitution2026.gpAppointment',
      changes: ['gpConsent'],
    },
    {
      aspect: 'immunity',
      text: {
        kk: 'Сенаттың орнына Президенттің келісімінсіз ұсталмайды, қамалмайды, жауапкершілікке тартылмайды (қылмыс үстінде не ауыр қылмыстардан басқа)',
        ru: 'Без согласия Президента (вместо Сената) не задерживается, не арестовывается, не привлекается к ответственности (кроме задержания на месте преступления и тяжких преступлений)',
        en: 'Without the President\'s consent (instead of the Senate\'s) not detained, arrested or held liable (except when caught in the act or for grave crimes)',
      },
      citation: 'constitution2026.gpImmunity',
      changes: ['gpImmunity'],
    },
    {
      aspect: 'accountability',
      text: {
        kk: 'Президентке есеп береді (өзгергені белгісіз)',
        ru: 'Подотчётен Президенту (об изменениях не известно)',
        en: 'Accountable to the President (no change known)',
      },
      citation: 'constitution2026.gpAccountability',
      changes: ['prosecutionArticle'],
    },
  ],
};
