/** The appeal's words in kk, ru, en: events, states, refusal codes, input fields and options. */
import type { LocalizedText } from '../../law/types';
import { TIME_EVENT_LABELS } from '../core/input';
import type { AppealEventType } from './schema';

export const EVENT_LABELS: Record<AppealEventType, LocalizedText> = {
  'appeal.register': { kk: 'Жолданымды тіркеу', ru: 'Зарегистрировать обращение', en: 'Register the appeal' },
  'appeal.extend': { kk: 'Қарау мерзімін ұзарту', ru: 'Продлить срок рассмотрения', en: 'Extend the term' },
  'applicant.notify': { kk: 'Ұзарту туралы арызданушыға хабарлау', ru: 'Сообщить заявителю о продлении', en: 'Tell the applicant of the extension' },
  'inspection.appoint': { kk: 'Тексеру тағайындау (аралық жауап)', ru: 'Назначить проверку (промежуточный ответ)', en: 'Appoint an inspection (interim reply)' },
  'inspection.finish': { kk: 'Тексеру аяқталды', ru: 'Проверка окончена', en: 'The inspection ends' },
  'appeal.answer': { kk: 'Жауап беру', ru: 'Дать ответ', en: 'Answer' },
  'appeal.dismiss': { kk: 'Қарамай қалдыру', ru: 'Оставить без рассмотрения', en: 'Dismiss unconsidered' },
  ...TIME_EVENT_LABELS,
};

export const STATE_LABELS: Record<string, LocalizedText> = {
  received: { kk: 'Келіп түсті', ru: 'Поступило', en: 'Received' },
  registered: { kk: 'Тіркелді', ru: 'Зарегистрировано', en: 'Registered' },
  ordinary: { kk: 'Қарауда (15 жұмыс күні)', ru: 'На рассмотрении (15 раб. дн.)', en: 'Under consideration (15 working days)' },
  extended: { kk: 'Мерзімі ұзартылды', ru: 'Срок продлён', en: 'Term extended' },
  awaitingInspection: { kk: 'Тексеру нәтижесін күтуде', ru: 'Ожидает итогов проверки', en: 'Awaiting the inspection' },
  answered: { kk: 'Жауап берілді', ru: 'Ответ дан', en: 'Answered' },
  dismissed: { kk: 'Қаралмай қалдырылды', ru: 'Оставлено без рассмотрения', en: 'Dismissed unconsidered' },
};

export const CODE_LABELS: Record<string, LocalizedText> = {
  registrationDayPassed: { kk: 'Жолданым келіп түскен күні ({{arrivedOn}}) тіркеледі', ru: 'Обращение регистрируется в день поступления ({{arrivedOn}})', en: 'An appeal is registered on the day it arrives ({{arrivedOn}})' },
  notRegistered: { kk: 'Жолданым тіркелмеген', ru: 'Обращение не зарегистрировано', en: 'The appeal is not registered' },
  alreadyRegistered: { kk: 'Жолданым {{registeredOn}} тіркелген', ru: 'Обращение уже зарегистрировано {{registeredOn}}', en: 'Already registered on {{registeredOn}}' },
  extensionAfterTerm: { kk: 'Мерзім {{deadline}} өтіп кетті: ұзартуға кеш', ru: 'Срок {{deadline}} уже истёк: продлевать поздно', en: 'The term ended on {{deadline}}: too late to extend' },
  extensionNotLonger: { kk: '{{until}} қазіргі мерзімнен ({{deadline}}) кейін емес', ru: '{{until}} не позже текущего срока ({{deadline}})', en: '{{until}} is not later than the term ({{deadline}})' },
  extensionTooLong: { kk: 'Ұзарту келіп түскен күннен {{months}} айдан аспайды: ең кеші {{max}}', ru: 'Продление не более {{months}} месяцев со дня поступления: не позднее {{max}}', en: 'At most {{months}} months after arrival: {{max}} at the latest' },
  alreadyExtended: { kk: 'Мерзім бір рет ұзартылған ({{until}} дейін)', ru: 'Срок уже продлён (до {{until}})', en: 'Already extended (until {{until}})' },
  awaitingInspection: { kk: 'Мерзім тексеру мерзімімен айқындалады', ru: 'Срок определяется сроком проверки', en: 'The term follows the inspection' },
  notExtended: { kk: 'Мерзім ұзартылмаған: хабарлайтын ештеңе жоқ', ru: 'Срок не продлевался: сообщать нечего', en: 'Not extended: nothing to tell' },
  applicantAlreadyNotified: { kk: 'Арызданушыға {{on}} хабарланған', ru: 'Заявителю уже сообщено {{on}}', en: 'The applicant was told on {{on}}' },
  inspectionAlreadyAppointed: { kk: 'Тексеру {{appointedOn}} тағайындалған', ru: 'Проверка уже назначена {{appointedOn}}', en: 'An inspection was appointed on {{appointedOn}}' },
  noInspection: { kk: 'Жолданым бойынша тексеру тағайындалмаған', ru: 'Проверка по обращению не назначалась', en: 'No inspection was appointed on the appeal' },
  inspectionAlreadyFinished: { kk: 'Тексеру {{on}} аяқталған', ru: 'Проверка уже окончена {{on}}', en: 'The inspection ended on {{on}}' },
  inspectionNotFinished: { kk: 'Түпкілікті жауап тексеру аяқталғаннан кейін беріледі', ru: 'Окончательный ответ — после окончания проверки', en: 'The final answer comes after the inspection ends' },
  anonymousNotConsidered: { kk: 'Анонимді жолданым қаралмайды', ru: 'Анонимное обращение не рассматривается', en: 'An anonymous appeal is not considered' },
  notAnonymous: { kk: 'Жолданым анонимді емес', ru: 'Обращение не анонимное', en: 'The appeal is not anonymous' },
  anonymousConcernsCrime: { kk: 'Қылмыс не ұлттық қауіпсіздікке қатер туралы анонимді жолданым қаралады', ru: 'Анонимное обращение о преступлении или угрозе нацбезопасности рассматривается', en: 'An anonymous appeal about a crime or national security is considered' },
  notRepeated: { kk: 'Жолданым жаңа дәлелсіз қайталанған емес', ru: 'Обращение не повторное без новых доводов', en: 'Not a repeated appeal without new arguments' },
};

export const FIELD_LABELS = {
  startDate: { kk: 'Келіп түскен күні', ru: 'Дата поступления', en: 'Arrived on' },
  anonymous: { kk: 'Анонимді', ru: 'Анонимное', en: 'Anonymous' },
  concerns: { kk: 'Немен байланысты', ru: 'О чём', en: 'Concerns' },
  repeated: { kk: 'Жаңа дәлелсіз қайталанған', ru: 'Повторное без новых доводов', en: 'Repeated without new arguments' },
  role: { kk: 'Қарайтын прокурор', ru: 'Рассматривающий прокурор', en: 'Considered by' },
} satisfies Record<string, LocalizedText>;

export const CONCERN_LABELS: Record<string, LocalizedText> = {
  crime: { kk: 'Қылмыстық құқық бұзушылық', ru: 'Уголовное правонарушение', en: 'A criminal offence' },
  nationalSecurity: { kk: 'Ұлттық қауіпсіздікке қатер', ru: 'Угроза национальной безопасности', en: 'A threat to national security' },
  other: { kk: 'Басқа мәселе', ru: 'Иное', en: 'Something else' },
};

export const OUTCOME_LABELS: Record<string, LocalizedText> = {
  satisfied: { kk: 'қанағаттандырылды', ru: 'удовлетворено', en: 'satisfied' },
  partiallySatisfied: { kk: 'ішінара қанағаттандырылды', ru: 'удовлетворено частично', en: 'partially satisfied' },
  rejected: { kk: 'қанағаттандырудан бас тартылды', ru: 'отказано', en: 'rejected' },
  explained: { kk: 'түсіндірілді', ru: 'разъяснено', en: 'explained' },
  anonymous: { kk: 'анонимді', ru: 'анонимное', en: 'anonymous' },
  repeated: { kk: 'жаңа дәлелсіз қайталанған', ru: 'повторное без новых доводов', en: 'repeated without new arguments' },
};

export const VIEW_LABELS = {
  registration: { kk: 'Тіркеу (келген күні)', ru: 'Регистрация (в день поступления)', en: 'Registration (day of arrival)' },
  answer: { kk: 'Жауап мерзімі', ru: 'Срок ответа', en: 'Answer due' },
  notice: { kk: 'Ұзарту туралы хабарлау', ru: 'Уведомление о продлении', en: 'Notice of the extension' },
  afterInspection: { kk: 'Тексеруден кейінгі түпкілікті жауап', ru: 'Окончательный ответ после проверки', en: 'Final answer after the inspection' },
  used: { kk: 'Өткен жұмыс күні', ru: 'Прошло раб. дн.', en: 'Working days used' },
  extensions: { kk: 'Ұзартулар', ru: 'Продлений', en: 'Extensions' },
} satisfies Record<string, LocalizedText>;
