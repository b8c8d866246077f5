/** The representation's words in kk, ru, en: events, states, refusal codes, input fields and options. */
import type { LocalizedText } from '../../law/types';
import { TIME_EVENT_LABELS } from '../core/input';
import type { RepresentationEventType } from './schema';

export const EVENT_LABELS: Record<RepresentationEventType, LocalizedText> = {
  'representation.bring': { kk: 'Ұсыныс енгізу', ru: 'Внести представление', en: 'Bring the representation' },
  'hearing.notify': { kk: 'Қарау күнін прокурорға хабарлау', ru: 'Сообщить прокурору дату рассмотрения', en: 'Tell the prosecutor the hearing date' },
  'representation.consider': { kk: 'Ұсынысты қарау', ru: 'Рассмотреть представление', en: 'Consider the representation' },
  'measures.report': { kk: 'Қабылданған шаралар туралы хабарлау', ru: 'Сообщить о принятых мерах', en: 'Report the measures taken' },
  'court.file': { kk: 'Сотқа жүгіну (39-бап)', ru: 'Обратиться в суд (ст. 39)', en: 'Go to court (art. 39)' },
  'court.rule': { kk: 'Сот шешімі', ru: 'Решение суда', en: 'Court ruling' },
  ...TIME_EVENT_LABELS,
};

export const STATE_LABELS: Record<string, LocalizedText> = {
  draft: { kk: 'Жоба', ru: 'Проект', en: 'Draft' },
  pending: { kk: 'Қарауда', ru: 'На рассмотрении', en: 'Pending' },
  awaitingHearing: { kk: 'Қарау күні белгісіз', ru: 'Дата рассмотрения не сообщена', en: 'Awaiting the hearing date' },
  scheduled: { kk: 'Қарау күні белгіленді', ru: 'Дата рассмотрения назначена', en: 'Hearing scheduled' },
  considered: { kk: 'Қаралды', ru: 'Рассмотрено', en: 'Considered' },
  accepted: { kk: 'Қабылданды', ru: 'Принято', en: 'Accepted' },
  partiallyAccepted: { kk: 'Ішінара қабылданды', ru: 'Принято частично', en: 'Partially accepted' },
  rejected: { kk: 'Қабылданбады', ru: 'Отклонено', en: 'Rejected' },
  notConsidered: { kk: 'Мерзімінде қаралмады', ru: 'Не рассмотрено в срок', en: 'Not considered in time' },
  inCourt: { kk: 'Сотта', ru: 'В суде', en: 'In court' },
  closed: { kk: 'Жабылды', ru: 'Закрыто', en: 'Closed' },
};

export const CODE_LABELS: Record<string, LocalizedText> = {
  notProsecutor: { kk: 'Ұсынысты прокурор енгізеді', ru: 'Представление вносит прокурор', en: 'Only a prosecutor brings a representation' },
  termWithoutHarm: {
    kk: 'Прокурор мерзімді орны толмас зардап төнгенде ғана белгілейді; әйтпесе күнтізбелік 30 күн',
    ru: 'Свой срок прокурор устанавливает только при угрозе непоправимого вреда; иначе 30 календарных дней',
    en: 'The prosecutor sets his own term only where irreparable harm threatens; otherwise 30 calendar days',
  },
  hearingNoticeTooShort: {
    kk: '{{hearingDate}} дейін {{workingDays}} жұмыс күні ғана; кемінде {{minimumWorkingDays}} керек',
    ru: 'До {{hearingDate}} только {{workingDays}} раб. дн.; нужно не менее {{minimumWorkingDays}}',
    en: 'Only {{workingDays}} working days until {{hearingDate}}; at least {{minimumWorkingDays}} are needed',
  },
  hearingAfterDeadline: { kk: 'Қарау күні {{hearingDate}} мерзімнен ({{deadline}}) кейін', ru: 'Дата {{hearingDate}} позже срока ({{deadline}})', en: 'The hearing {{hearingDate}} is after the term ({{deadline}})' },
  hearingNotNotified: { kk: 'Прокурорға қарау уақыты хабарланбаған', ru: 'Прокурору не сообщено время рассмотрения', en: 'The prosecutor was not told the time of the hearing' },
  hearingNotYetHeld: { kk: 'Қарау күні {{hearingDate}} әлі келмеді', ru: 'День рассмотрения {{hearingDate}} ещё не наступил', en: 'The hearing day {{hearingDate}} has not come yet' },
  notBrought: { kk: 'Ұсыныс әлі енгізілмеген', ru: 'Представление ещё не внесено', en: 'The representation is not brought yet' },
  alreadyBrought: { kk: 'Ұсыныс {{broughtOn}} енгізілген', ru: 'Представление уже внесено {{broughtOn}}', en: 'Already brought on {{broughtOn}}' },
  deadlinePassed: { kk: 'Мерзім {{deadline}} өтіп кетті', ru: 'Срок {{deadline}} истёк', en: 'The term ended on {{deadline}}' },
  alreadyConsidered: { kk: 'Ұсыныс қаралып қойған', ru: 'Представление уже рассмотрено', en: 'Already considered' },
  measuresBeforeConsideration: { kk: 'Шаралар ұсыныс қаралғаннан кейін хабарланады', ru: 'О мерах сообщают после рассмотрения', en: 'Measures are reported after the consideration' },
  measuresWithoutAcceptance: { kk: 'Ұсыныс қабылданбады: хабарлайтын шара жоқ', ru: 'Представление не принято: сообщать о мерах нечего', en: 'Not accepted: there are no measures to report' },
  claimBeforeDecision: { kk: 'Сотқа орган қабылдамаса не мерзімде қарамаса ғана', ru: 'В суд — только если не принято или не рассмотрено в срок', en: 'Court only after a rejection or no consideration in time' },
  claimAfterAcceptance: { kk: 'Ұсыныс қабылданды: сотқа жүгінуге негіз жоқ', ru: 'Представление принято: оснований для суда нет', en: 'Accepted: no ground to go to court' },
  alreadyInCourt: { kk: 'Талап {{courtFiledOn}} сотқа берілген', ru: 'Иск уже подан {{courtFiledOn}}', en: 'Already filed in court on {{courtFiledOn}}' },
  notInCourt: { kk: 'Іс сотта емес', ru: 'Дело не в суде', en: 'Nothing is before the court' },
};

/** Labels of the input fields and their options. */
export const FIELD_LABELS = {
  startDate: { kk: 'Басталу күні', ru: 'Дата начала', en: 'Start date' },
  role: { kk: 'Прокурор', ru: 'Прокурор', en: 'Prosecutor' },
  addressee: { kk: 'Кімге енгізіледі', ru: 'Кому вносится', en: 'Addressed to' },
  irreversibleHarm: { kk: 'Орны толмас зардап қаупі', ru: 'Угроза непоправимого вреда', en: 'Irreparable harm threatens' },
} satisfies Record<string, LocalizedText>;

export const ADDRESSEE_LABELS: Record<string, LocalizedText> = {
  stateBody: { kk: 'Мемлекеттік орган', ru: 'Государственный орган', en: 'State body' },
  localExecutive: { kk: 'Әкімдік', ru: 'Акимат', en: 'Akimat (local executive)' },
  organisation: { kk: 'Ұйым', ru: 'Организация', en: 'Organisation' },
  official: { kk: 'Лауазымды адам', ru: 'Должностное лицо', en: 'Official' },
};

export const OUTCOME_LABELS: Record<string, LocalizedText> = {
  accepted: { kk: 'қабылданды', ru: 'принято', en: 'accepted' },
  partiallyAccepted: { kk: 'ішінара қабылданды', ru: 'принято частично', en: 'partially accepted' },
  rejected: { kk: 'қабылданбады', ru: 'отклонено', en: 'rejected' },
  obliged: { kk: 'сот орындауды міндеттеді', ru: 'суд обязал исполнить', en: 'the court orders compliance' },
  claimDismissed: { kk: 'талап қанағаттандырылмады', ru: 'в иске отказано', en: 'claim dismissed' },
};

/** Deadline and counter labels. */
export const VIEW_LABELS = {
  consideration: { kk: 'Ұсынысты қарау мерзімі', ru: 'Срок рассмотрения представления', en: 'Term to consider the representation' },
  hearing: { kk: 'Қарау күні', ru: 'День рассмотрения', en: 'Hearing' },
  term: { kk: 'Мерзім', ru: 'Срок', en: 'Term' },
  daysLeft: { kk: 'Қалған күнтізбелік күн', ru: 'Осталось календарных дней', en: 'Calendar days left' },
} satisfies Record<string, LocalizedText>;
