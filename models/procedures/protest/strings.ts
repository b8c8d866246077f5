/**
 * Every word the protest shows a user, in kk, ru and en: events, states, refusal codes, input
 * options, deadlines and counters. Our own wording.
 */
import type { LocalizedText } from '../../law/types';
import type { ProtestCode } from './rules';
import type { ActIssuer, ActType, AffectedGroup, CourtOutcome, ProtestEventType } from './schema';

export const EVENT_LABELS: Record<ProtestEventType, LocalizedText> = {
  'protest.bring': { kk: 'Наразылық келтіру', ru: 'Принести протест', en: 'Bring the protest' },
  'act.suspend': { kk: 'Актіні тоқтата тұру', ru: 'Приостановить акт', en: 'Suspend the act' },
  'hearing.notify': { kk: 'Қарау күні хабарланды', ru: 'Сообщена дата рассмотрения', en: 'Hearing date notified' },
  'protest.withdraw': { kk: 'Наразылықты кері қайтарып алу', ru: 'Отозвать протест', en: 'Withdraw the protest' },
  'protest.consider': { kk: 'Наразылық қаралды', ru: 'Протест рассмотрен', en: 'Protest considered' },
  'court.file': { kk: 'Сотқа талап қойылды', ru: 'Иск подан в суд', en: 'Claim filed in court' },
  'court.rule': { kk: 'Сот шешімі', ru: 'Решение суда', en: 'Court ruling' },
  'time.advance': { kk: 'Уақытты жылжыту', ru: 'Передвинуть время', en: 'Advance time' },
  'time.advanceTo': { kk: 'Күнге өту', ru: 'Перейти к дате', en: 'Advance to a date' },
};

/** Every state key of the machine (each segment of a dotted state value). */
export const STATE_LABELS: Record<string, LocalizedText> = {
  draft: { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
  pending: { kk: 'Қаралуда', ru: 'На рассмотрении', en: 'Pending' },
  awaitingHearing: { kk: 'Қарау күтілуде', ru: 'Ожидание рассмотрения', en: 'Awaiting hearing' },
  scheduled: { kk: 'Қарау белгіленді', ru: 'Назначено рассмотрение', en: 'Hearing scheduled' },
  withdrawn: { kk: 'Кері қайтарылды', ru: 'Отозван', en: 'Withdrawn' },
  considered: { kk: 'Қаралды', ru: 'Рассмотрен', en: 'Considered' },
  satisfied: { kk: 'Қанағаттандырылды', ru: 'Удовлетворён', en: 'Satisfied' },
  partiallySatisfied: { kk: 'Ішінара қанағаттандырылды', ru: 'Удовлетворён частично', en: 'Partially satisfied' },
  rejected: { kk: 'Қабылданбады', ru: 'Отклонён', en: 'Rejected' },
  notConsidered: { kk: 'Қаралмады', ru: 'Не рассмотрен', en: 'Not considered' },
  inCourt: { kk: 'Сотта', ru: 'В суде', en: 'In court' },
  closed: { kk: 'Жабылды', ru: 'Закрыт', en: 'Closed' },
};

export const ISSUER_LABELS: Record<ActIssuer, LocalizedText> = {
  parliament: { kk: 'Парламент (заңнамалық акт)', ru: 'Парламент (законодательный акт)', en: 'Parliament (legislative act)' },
  president: { kk: 'Президент', ru: 'Президент', en: 'President' },
  presidentialAdministration: { kk: 'Президент Әкімшілігі', ru: 'Администрация Президента', en: 'Presidential Administration' },
  constitutionalCourt: { kk: 'Конституциялық Сот', ru: 'Конституционный Суд', en: 'Constitutional Court' },
  supremeAuditChamber: { kk: 'Жоғары аудиторлық палата', ru: 'Высшая аудиторская палата', en: 'Supreme Audit Chamber' },
  government: { kk: 'Үкімет', ru: 'Правительство', en: 'Government' },
  ministry: { kk: 'Министрлік', ru: 'Министерство', en: 'Ministry' },
  localExecutive: { kk: 'Әкімдік', ru: 'Акимат', en: 'Akimat (local executive)' },
  localRepresentative: { kk: 'Мәслихат', ru: 'Маслихат', en: 'Maslikhat (local representative)' },
  selfGovernment: { kk: 'Жергілікті өзін-өзі басқару', ru: 'Местное самоуправление', en: 'Local self-government' },
  organisation: { kk: 'Ұйым', ru: 'Организация', en: 'Organisation' },
  official: { kk: 'Лауазымды адам', ru: 'Должностное лицо', en: 'Official' },
  court: { kk: 'Сот', ru: 'Суд', en: 'Court' },
};

export const ACT_TYPE_LABELS: Record<ActType, LocalizedText> = {
  normative: { kk: 'Нормативтік', ru: 'Нормативный', en: 'Normative' },
  individual: { kk: 'Жеке', ru: 'Индивидуальный', en: 'Individual' },
  actionOrInaction: { kk: 'Әрекет не әрекетсіздік', ru: 'Действие или бездействие', en: 'Action or inaction' },
  courtAct: { kk: 'Сот актісі', ru: 'Судебный акт', en: 'Court act' },
};

export const ADDRESSEE_LABELS: Record<'issuer' | 'superior', LocalizedText> = {
  issuer: { kk: 'Шығарған органға', ru: 'Издавшему органу', en: 'The issuer' },
  superior: { kk: 'Жоғары тұрған органға', ru: 'Вышестоящему органу', en: 'A higher body' },
};

export const AFFECTED_LABELS: Record<AffectedGroup, LocalizedText> = {
  vulnerablePersons: { kk: 'Өзін қорғай алмайтын адамдар', ru: 'Лица, не способные защитить себя', en: 'Persons unable to defend themselves' },
  minors: { kk: 'Кәмелетке толмағандар', ru: 'Несовершеннолетние', en: 'Minors' },
  unlimitedGroup: { kk: 'Шектелмеген адамдар тобы', ru: 'Неограниченный круг лиц', en: 'Unlimited group of persons' },
};

export const COURT_OUTCOME_LABELS: Record<CourtOutcome, LocalizedText> = {
  actUnlawful: { kk: 'акт заңсыз деп танылды', ru: 'акт признан незаконным', en: 'the act is unlawful' },
  claimDismissed: { kk: 'талап қанағаттандырылмады', ru: 'в иске отказано', en: 'claim dismissed' },
};

export const UNIT_LABELS: Record<'working' | 'calendar', LocalizedText> = {
  working: { kk: 'жұмыс күні', ru: 'рабочих дн.', en: 'working days' },
  calendar: { kk: 'күнтізбелік күн', ru: 'календарных дн.', en: 'calendar days' },
};

export const DEADLINE_LABELS = {
  protest: { kk: 'Наразылықты қарау', ru: 'Рассмотрение протеста', en: 'Consideration of the protest' },
  hearing: { kk: 'Қарау', ru: 'Рассмотрение', en: 'Hearing' },
} as const satisfies Record<string, LocalizedText>;

export const COUNTER_LABELS = {
  term: { kk: 'Мерзім', ru: 'Срок', en: 'Term' },
  suspendedAct: { kk: 'Акт тоқтатылды', ru: 'Акт приостановлен', en: 'Act suspended' },
  outcome: { kk: 'Нәтиже', ru: 'Итог', en: 'Outcome' },
  court: { kk: 'Сот', ru: 'Суд', en: 'Court' },
} as const satisfies Record<string, LocalizedText>;

export const FIELD_LABELS = {
  role: { kk: 'Лауазым', ru: 'Должность', en: 'Role' },
  issuer: { kk: 'Актіні шығарған', ru: 'Кем издан акт', en: 'Act issued by' },
  actType: { kk: 'Акт түрі', ru: 'Вид акта', en: 'Type of act' },
  auditResult: { kk: 'Аудит нәтижесі бойынша', ru: 'По итогам аудита', en: 'On audit results' },
  addressee: { kk: 'Кімге жолданады', ru: 'Кому направлен', en: 'Addressed to' },
  affects: { kk: 'Акт кімге қатысты', ru: 'Кого касается акт', en: 'Whom the act concerns' },
} as const satisfies Record<string, LocalizedText>;

/** What each refusal says; `{{name}}` takes `values.name`. */
export const CODE_LABELS: Record<ProtestCode, LocalizedText> = {
  courtActProceduralCodes: { kk: 'Сот актілеріне наразылық іс жүргізу кодекстері бойынша келтіріледі', ru: 'На судебные акты протест приносится по процессуальным кодексам', en: 'Court acts are protested under the procedural codes' },
  organisationActNotProtestable: {
    kk: 'Ұйымның актісіне тек ол өзін қорғай алмайтын адамдарға, кәмелетке толмағандарға не шектелмеген топқа қатысты болса ғана наразылық келтіріледі',
    ru: 'На акт организации протест приносится, только если он касается лиц, не способных защитить себя, несовершеннолетних или неограниченного круга лиц',
    en: 'An organisation\'s act is protested only when it concerns persons unable to defend themselves, minors or an unlimited group',
  },
  immuneLegislativeAct: { kk: 'Заңнамалық актілерге наразылық келтірілмейді', ru: 'На законодательные акты протест не приносится', en: 'Legislative acts are not protested' },
  immunePresidentAct: { kk: 'Президенттің актілеріне наразылық келтірілмейді', ru: 'На акты Президента протест не приносится', en: 'Acts of the President are not protested' },
  immunePresidentialAdministrationAct: { kk: 'Президент Әкімшілігінің актілеріне наразылық келтірілмейді', ru: 'На акты Администрации Президента протест не приносится', en: 'Acts of the Presidential Administration are not protested' },
  immuneConstitutionalCourtAct: { kk: 'Конституциялық Соттың актілеріне наразылық келтірілмейді', ru: 'На акты Конституционного Суда протест не приносится', en: 'Acts of the Constitutional Court are not protested' },
  immuneAuditChamberAct: { kk: 'Жоғары аудиторлық палатаның аудит нәтижелері бойынша актілеріне наразылық келтірілмейді', ru: 'На акты Высшей аудиторской палаты по итогам аудита протест не приносится', en: 'Acts of the Supreme Audit Chamber on its audits are not protested' },
  notAProsecutor: { kk: 'Наразылықты тек прокурор келтіреді', ru: 'Протест приносит только прокурор', en: 'Only a prosecutor brings a protest' },
  termTooShort: { kk: 'Мерзім кемінде {{minimumWorkingDays}} жұмыс күні (ең ерте соңы {{minimumDeadline}}, бұл мерзім {{deadline}})', ru: 'Срок не менее {{minimumWorkingDays}} раб. дн. (самое раннее {{minimumDeadline}}, а этот — {{deadline}})', en: 'The term is at least {{minimumWorkingDays}} working days (earliest end {{minimumDeadline}}, this one {{deadline}})' },
  alreadyBrought: { kk: 'Наразылық бұрын келтірілген ({{broughtOn}})', ru: 'Протест уже принесён ({{broughtOn}})', en: 'The protest was already brought ({{broughtOn}})' },
  alreadySuspended: { kk: 'Акт бұрын тоқтатылған ({{suspendedOn}})', ru: 'Акт уже приостановлен ({{suspendedOn}})', en: 'The act is already suspended ({{suspendedOn}})' },
  notEntitledToSuspend: { kk: 'Бұл лауазым актіні тоқтата алмайды', ru: 'Эта должность не может приостановить акт', en: 'This role may not suspend the act' },
  hearingInPast: { kk: 'Қарау күні өткен күн бола алмайды ({{hearingDate}})', ru: 'Дата рассмотрения не может быть в прошлом ({{hearingDate}})', en: 'The hearing cannot be in the past ({{hearingDate}})' },
  hearingAfterDeadline: { kk: 'Қарау күні мерзімнен кейін ({{hearingDate}} > {{deadline}})', ru: 'Рассмотрение позже срока ({{hearingDate}} > {{deadline}})', en: 'The hearing falls after the deadline ({{hearingDate}} > {{deadline}})' },
  hearingNotNotified: { kk: 'Прокурорға қарау уақыты әлі хабарланбаған', ru: 'Прокурору ещё не сообщили время рассмотрения', en: 'The prosecutor has not yet been told the time of the hearing' },
  hearingNotYetHeld: { kk: 'Қарау күні әлі келмеді ({{hearingDate}})', ru: 'День рассмотрения ещё не наступил ({{hearingDate}})', en: 'The hearing day has not come yet ({{hearingDate}})' },
  withdrawAfterConsideration: { kk: 'Қаралған наразылықты кері қайтарып алуға болмайды', ru: 'Рассмотренный протест отозвать нельзя', en: 'A protest already considered cannot be withdrawn' },
  claimAfterSatisfaction: { kk: 'Наразылық қанағаттандырылды: сотқа жүгінудің қажеті жоқ', ru: 'Протест удовлетворён: в суд обращаться незачем', en: 'The protest was satisfied: there is nothing to take to court' },
  claimBeforeDecision: { kk: 'Сотқа тек бас тартудан не мерзім өткеннен кейін жүгінеді', ru: 'В суд — только после отказа или истечения срока', en: 'Court only after a rejection or once the term has passed' },
  notBrought: { kk: 'Наразылық әлі келтірілмеген', ru: 'Протест ещё не принесён', en: 'The protest has not been brought yet' },
  alreadyInCourt: { kk: 'Іс сотта ({{courtFiledOn}})', ru: 'Дело уже в суде ({{courtFiledOn}})', en: 'The case is already in court ({{courtFiledOn}})' },
  suspendAfterDecision: { kk: 'Шешімнен кейін актіні тоқтатуға болмайды', ru: 'После решения акт не приостанавливают', en: 'The act is not suspended after the decision' },
  deadlinePassed: { kk: 'Мерзім өтті ({{deadline}}): наразылық қаралмады', ru: 'Срок истёк ({{deadline}}): протест не рассмотрен', en: 'The term passed ({{deadline}}): the protest was not considered' },
  alreadyConsidered: { kk: 'Наразылық бұрын қаралған', ru: 'Протест уже рассмотрен', en: 'The protest was already considered' },
  notInCourt: { kk: 'Іс сотта емес', ru: 'Дело не в суде', en: 'The case is not in court' },
};
