/**
 * External state bodies that appoint, consent, take part in the Coordination
 * Councils (domain.md §8: heads of law-enforcement bodies, the Chairman of
 * the National Security Committee, the Minister of Justice as permanent
 * members; the Presidential Administration, the Security Council, the
 * Government, central bodies and the courts as invited participants).
 */
import type { LocalizedText } from '../../law/types';
import { t } from './builder';

export interface AgencyData {
  name: LocalizedText;
  head: LocalizedText;
}

/** Keyed by a short slug; the unit id is `agency-<slug>`. */
export const AGENCIES = {
  mvd: {
    name: t('Қазақстан Республикасының Ішкі істер министрлігі', 'Министерство внутренних дел Республики Казахстан', 'Ministry of Internal Affairs of the Republic of Kazakhstan'),
    head: t('Ішкі істер министрі', 'Министр внутренних дел', 'Minister of Internal Affairs'),
  },
  knb: {
    name: t('Қазақстан Республикасының Ұлттық қауіпсіздік комитеті', 'Комитет национальной безопасности Республики Казахстан', 'National Security Committee of the Republic of Kazakhstan'),
    head: t('Ұлттық қауіпсіздік комитетінің Төрағасы', 'Председатель Комитета национальной безопасности', 'Chairman of the National Security Committee'),
  },
  anticorruption: {
    name: t('Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі', 'Агентство Республики Казахстан по противодействию коррупции', 'Anti-Corruption Agency of the Republic of Kazakhstan'),
    head: t('Агенттік Төрағасы', 'Председатель Агентства', 'Chairman of the Agency'),
  },
  afm: {
    name: t('Қазақстан Республикасының Қаржылық мониторинг агенттігі', 'Агентство Республики Казахстан по финансовому мониторингу', 'Financial Monitoring Agency of the Republic of Kazakhstan'),
    head: t('Агенттік Төрағасы', 'Председатель Агентства', 'Chairman of the Agency'),
  },
  justice: {
    name: t('Қазақстан Республикасының Әділет министрлігі', 'Министерство юстиции Республики Казахстан', 'Ministry of Justice of the Republic of Kazakhstan'),
    head: t('Әділет министрі', 'Министр юстиции', 'Minister of Justice'),
  },
  defence: {
    name: t('Қазақстан Республикасының Қорғаныс министрлігі', 'Министерство обороны Республики Казахстан', 'Ministry of Defence of the Republic of Kazakhstan'),
    head: t('Қорғаныс министрі', 'Министр обороны', 'Minister of Defence'),
  },
  emergency: {
    name: t('Қазақстан Республикасының Төтенше жағдайлар министрлігі', 'Министерство по чрезвычайным ситуациям Республики Казахстан', 'Ministry of Emergency Situations of the Republic of Kazakhstan'),
    head: t('Төтенше жағдайлар министрі', 'Министр по чрезвычайным ситуациям', 'Minister of Emergency Situations'),
  },
  revenue: {
    name: t('Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті', 'Комитет государственных доходов Министерства финансов Республики Казахстан', 'State Revenue Committee of the Ministry of Finance'),
    head: t('Комитет Төрағасы', 'Председатель Комитета', 'Chairman of the Committee'),
  },
  border: {
    name: t('Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің Шекара қызметі', 'Пограничная служба Комитета национальной безопасности Республики Казахстан', 'Border Service of the National Security Committee'),
    head: t('Шекара қызметінің директоры', 'Директор Пограничной службы', 'Director of the Border Service'),
  },
  nationalGuard: {
    name: t('Қазақстан Республикасының Ұлттық ұланы', 'Национальная гвардия Республики Казахстан', 'National Guard of the Republic of Kazakhstan'),
    head: t('Ұлттық ұланның Бас қолбасшысы', 'Главнокомандующий Национальной гвардией', 'Commander-in-Chief of the National Guard'),
  },
  presidentialAdministration: {
    name: t('Қазақстан Республикасы Президентінің Әкімшілігі', 'Администрация Президента Республики Казахстан', 'Presidential Administration of the Republic of Kazakhstan'),
    head: t('Әкімшілік Басшысы', 'Руководитель Администрации', 'Head of the Presidential Administration'),
  },
  securityCouncil: {
    name: t('Қазақстан Республикасының Қауіпсіздік Кеңесі', 'Совет Безопасности Республики Казахстан', 'Security Council of the Republic of Kazakhstan'),
    head: t('Қауіпсіздік Кеңесінің Хатшысы', 'Секретарь Совета Безопасности', 'Secretary of the Security Council'),
  },
  government: {
    name: t('Қазақстан Республикасының Үкіметі', 'Правительство Республики Казахстан', 'Government of the Republic of Kazakhstan'),
    head: t('Қазақстан Республикасының Премьер-Министрі', 'Премьер-Министр Республики Казахстан', 'Prime Minister of the Republic of Kazakhstan'),
  },
  transportMinistry: {
    name: t('Қазақстан Республикасының Көлік министрлігі', 'Министерство транспорта Республики Казахстан', 'Ministry of Transport of the Republic of Kazakhstan'),
    head: t('Көлік министрі', 'Министр транспорта', 'Minister of Transport'),
  },
  supremeCourt: {
    name: t('Қазақстан Республикасының Жоғарғы Соты', 'Верховный Суд Республики Казахстан', 'Supreme Court of the Republic of Kazakhstan'),
    head: t('Жоғарғы Сот Төрағасы', 'Председатель Верховного Суда', 'Chairman of the Supreme Court'),
  },
  regionalCourts: {
    name: t('Облыстық және оларға теңестірілген соттар', 'Областные и приравненные к ним суды', 'Oblast and equivalent courts'),
    head: t('Сот төрағасы', 'Председатель суда', 'Court Chairman'),
  },
  militaryCourts: {
    name: t('Әскери соттар', 'Военные суды', 'Military courts'),
    head: t('Әскери сот төрағасы', 'Председатель военного суда', 'Chairman of the military court'),
  },
  akimats: {
    name: t('Жергілікті атқарушы органдар (әкімдіктер)', 'Местные исполнительные органы (акиматы)', 'Local executive bodies (akimats)'),
    head: t('Әкім', 'Аким', 'Akim'),
  },
} as const satisfies Record<string, AgencyData>;

export type AgencyKey = keyof typeof AGENCIES;

export function agencyId(key: AgencyKey): string {
  return `agency-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Permanent members of the republican council (domain.md §8). */
export const REPUBLICAN_MEMBERS: readonly AgencyKey[] = ['mvd', 'knb', 'anticorruption', 'afm', 'justice', 'defence', 'emergency', 'revenue', 'border'];
/** Invited to the republican council, depending on the issue. */
export const REPUBLICAN_INVITED: readonly AgencyKey[] = ['presidentialAdministration', 'securityCouncil', 'government', 'supremeCourt'];
/** Regional councils: the regional departments of these bodies (represented by the national units). */
export const REGIONAL_MEMBERS: readonly AgencyKey[] = ['mvd', 'knb', 'anticorruption', 'afm', 'justice', 'emergency', 'revenue'];
export const REGIONAL_INVITED: readonly AgencyKey[] = ['akimats', 'regionalCourts'];
/** The military council: bodies with a military sphere. */
export const MILITARY_MEMBERS: readonly AgencyKey[] = ['defence', 'knb', 'border', 'nationalGuard', 'anticorruption'];
export const MILITARY_INVITED: readonly AgencyKey[] = ['militaryCourts'];
/** The transport council: transport police, customs, financial and anti-corruption investigators, security. */
export const TRANSPORT_MEMBERS: readonly AgencyKey[] = ['mvd', 'knb', 'revenue', 'afm', 'anticorruption'];
export const TRANSPORT_INVITED: readonly AgencyKey[] = ['transportMinistry'];
/** Interdepartmental meetings of district, military and transport prosecutors. */
export const MEETING_MEMBERS: readonly AgencyKey[] = ['mvd', 'anticorruption', 'emergency'];
