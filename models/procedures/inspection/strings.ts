/**
 * Every word the inspection shows a user, in kk, ru and en: events, states, refusal codes, input
 * options, deadlines and counters. Our own wording.
 */
import type { LocalizedText } from '../../law/types';
import type { AREAS, BASES, GROUNDS, SUBJECT_KINDS, InspectionDecision, InspectionEventType, RefusalReason, SuspensionReason, ExtensionReason } from './schema';
import type { InspectionCode } from './rules';
import type { ConsentStatus } from './context';

/** Button labels of the events, our own wording. */
export const EVENT_LABELS: Record<InspectionEventType, LocalizedText> = {
  'inspection.requestConsent': { kk: 'Бас Прокурордың келісімін сұрау', ru: 'Запросить согласие Генерального Прокурора', en: 'Ask for the GP\'s consent' },
  'consent.requestInfo': { kk: 'Бас прокуратура қосымша ақпарат сұрайды', ru: 'ГП запрашивает доп. информацию', en: 'The GPO asks for more information' },
  'consent.grant': { kk: 'Келісім берілді', ru: 'Согласие дано', en: 'Consent granted' },
  'consent.refuse': { kk: 'Келісімнен бас тартылды', ru: 'В согласии отказано', en: 'Consent refused' },
  'inspection.appoint': { kk: 'Тексеру тағайындау (қаулы)', ru: 'Назначить проверку (постановление)', en: 'Appoint the inspection (resolution)' },
  'resolution.hand': { kk: 'Қаулыны субъектіге тапсыру', ru: 'Вручить постановление субъекту', en: 'Hand the resolution to the subject' },
  'inspection.register': { kk: 'Құқықтық статистика органында тіркеу', ru: 'Зарегистрировать в органе правовой статистики', en: 'Register with legal statistics' },
  'inspection.start': { kk: 'Тексеруді бастау', ru: 'Начать проверку', en: 'Start the inspection' },
  'access.refuse': { kk: 'Субъект кіргізбеді', ru: 'Субъект не допустил', en: 'The subject refuses entry' },
  'clearance.show': { kk: 'Құпияға рұқсатты көрсету', ru: 'Предъявить допуск к гостайне', en: 'Show secrecy clearance' },
  'access.restore': { kk: 'Кіруге рұқсат қалпына келді', ru: 'Доступ восстановлен', en: 'Entry restored' },
  'inspection.extend': { kk: 'Мерзімді ұзарту', ru: 'Продлить срок', en: 'Extend the term' },
  'inspection.suspend': { kk: 'Тексеруді тоқтата тұру', ru: 'Приостановить проверку', en: 'Suspend the inspection' },
  'inspection.resume': { kk: 'Тексеруді қайта бастау', ru: 'Возобновить проверку', en: 'Resume the inspection' },
  'inspection.complete': { kk: 'Тексеруді аяқтау', ru: 'Завершить проверку', en: 'Complete the inspection' },
  'certificate.hand': { kk: 'Анықтаманы тапсыру', ru: 'Вручить справку', en: 'Hand the certificate' },
  'inspection.decide': { kk: 'Нәтиже бойынша шешім', ru: 'Решение по результатам', en: 'Decide on the results' },
  'time.advance': { kk: 'Уақытты алға жылжыту', ru: 'Передвинуть время', en: 'Advance time' },
  'time.advanceTo': { kk: 'Күнге дейін жылжыту', ru: 'Перейти к дате', en: 'Advance to a date' },
};

export const REFUSAL_LABELS: Record<RefusalReason, LocalizedText> = {
  noResolution: { kk: 'қаулы тапсырылмаған', ru: 'постановление не вручено', en: 'resolution not handed' },
  otherPersons: { kk: 'қаулыда өзге адамдар', ru: 'в постановлении другие лица', en: 'other persons named' },
  notRegistered: { kk: 'тіркелмеген', ru: 'не зарегистрирована', en: 'not registered' },
  deadlinePassed: { kk: 'мерзім өтті', ru: 'срок истёк', en: 'term passed' },
  noClearance: { kk: 'рұқсат жоқ', ru: 'нет допуска', en: 'no clearance' },
};

export const SUSPENSION_LABELS: Record<SuspensionReason, LocalizedText> = {
  expertExamination: { kk: 'сараптама', ru: 'экспертиза', en: 'expert examination' },
  foreignRequest: { kk: 'шетелдік сұрау', ru: 'иностранный запрос', en: 'foreign request' },
  otherObstacle: { kk: 'өзге кедергі', ru: 'иное препятствие', en: 'other obstacle' },
};

export const EXTENSION_LABELS: Record<ExtensionReason, LocalizedText> = {
  additionalMaterials: { kk: 'қосымша материалдар', ru: 'дополнительные материалы', en: 'additional materials' },
  largeVolume: { kk: 'үлкен көлем', ru: 'большой объём', en: 'large volume' },
};

export const DECISION_LABELS: Record<InspectionDecision, LocalizedText> = {
  noViolations: { kk: 'бұзушылық жоқ', ru: 'нарушений нет', en: 'no violations' },
  protest: { kk: 'наразылық', ru: 'протест', en: 'protest' },
  representation: { kk: 'ұсыныс', ru: 'представление', en: 'representation' },
  resolution: { kk: 'қаулы', ru: 'постановление', en: 'resolution' },
  instruction: { kk: 'нұсқау', ru: 'указание', en: 'instruction' },
  claim: { kk: 'сотқа талап', ru: 'иск в суд', en: 'claim to court' },
  pretrialInvestigation: { kk: 'сотқа дейінгі тергеп-тексеру', ru: 'досудебное расследование', en: 'pre-trial investigation' },
};

/** "Label: variant" in each language. */
export function withVariant(label: LocalizedText, variant: LocalizedText | string): LocalizedText {
  const v = typeof variant === 'string' ? { kk: variant, ru: variant, en: variant } : variant;
  return { kk: `${label.kk}: ${v.kk}`, ru: `${label.ru}: ${v.ru}`, en: `${label.en}: ${v.en}` };
}

/** Every state key of the machine (each segment of a dotted state value). */
export const STATE_LABELS: Record<string, LocalizedText> = {
  draft: { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
  awaitingConsent: { kk: 'Келісім күтілуде', ru: 'Ожидание согласия', en: 'Awaiting consent' },
  consentRefused: { kk: 'Келісімнен бас тартылды', ru: 'Отказ в согласии', en: 'Consent refused' },
  appointed: { kk: 'Тағайындалды', ru: 'Назначена', en: 'Appointed' },
  inProgress: { kk: 'Жүріп жатыр', ru: 'Идёт', en: 'In progress' },
  active: { kk: 'Белсенді', ru: 'Активна', en: 'Active' },
  suspended: { kk: 'Тоқтатылды', ru: 'Приостановлена', en: 'Suspended' },
  accessRefused: { kk: 'Кіргізбеді', ru: 'Не допущены', en: 'Entry refused' },
  completed: { kk: 'Аяқталды', ru: 'Завершена', en: 'Completed' },
  certificateHanded: { kk: 'Анықтама тапсырылды', ru: 'Справка вручена', en: 'Certificate handed' },
  decided: { kk: 'Шешім қабылданды', ru: 'Решение принято', en: 'Decided' },
};

export const BASIS_LABELS: Record<(typeof BASES)[number], LocalizedText> = {
  presidentAssignment: { kk: 'Президенттің тапсырмасы', ru: 'Поручение Президента', en: 'Assignment of the President' },
  generalProsecutorAssignment: { kk: 'Бас Прокурордың тапсырмасы', ru: 'Поручение Генерального Прокурора', en: 'Assignment of the GP' },
  decision: { kk: 'Шешім', ru: 'Решение', en: 'Decision' },
};

export const GROUND_LABELS: Record<(typeof GROUNDS)[number], LocalizedText> = {
  vulnerablePersons: { kk: 'Өзін қорғай алмайтын адамдар', ru: 'Лица, не способные защитить себя', en: 'Persons unable to defend themselves' },
  minors: { kk: 'Кәмелетке толмағандар', ru: 'Несовершеннолетние', en: 'Minors' },
  unlimitedGroup: { kk: 'Шектелмеген адамдар тобы', ru: 'Неограниченный круг лиц', en: 'Unlimited group of persons' },
  irreversibleHarm: { kk: 'Қайтымсыз зиян', ru: 'Необратимый вред', en: 'Irreversible harm' },
  businessInterference: { kk: 'Кәсіпкерлікке араласу', ru: 'Вмешательство в бизнес', en: 'Interference in business' },
};

export const SUBJECT_LABELS: Record<(typeof SUBJECT_KINDS)[number], LocalizedText> = {
  stateBody: { kk: 'Мемлекеттік орган', ru: 'Госорган', en: 'State body' },
  business: { kk: 'Кәсіпкерлік субъектісі', ru: 'Бизнес', en: 'Business' },
  organisation: { kk: 'Ұйым', ru: 'Организация', en: 'Organisation' },
  detentionFacility: { kk: 'Ұстау орны', ru: 'Место содержания под стражей', en: 'Detention facility' },
};

export const AREA_LABELS: Record<(typeof AREAS)[number], LocalizedText> = {
  general: { kk: 'Жалпы қадағалау', ru: 'Общий надзор', en: 'General supervision' },
  criminalProcedure: { kk: 'Қылмыстық процесс', ru: 'Уголовный процесс', en: 'Criminal procedure' },
  penalEnforcement: { kk: 'Жазаны орындау', ru: 'Исполнение наказаний', en: 'Penal enforcement' },
  enforcementProceedings: { kk: 'Атқарушылық іс жүргізу', ru: 'Исполнительное производство', en: 'Enforcement proceedings' },
  administrativeOffences: { kk: 'Әкімшілік құқық бұзушылық', ru: 'Административные правонарушения', en: 'Administrative offences' },
  operationalSearch: { kk: 'Жедел-іздестіру', ru: 'ОРД', en: 'Operational search' },
};

export const CONSENT_LABELS: Record<ConsentStatus, LocalizedText> = {
  notNeeded: { kk: 'қажет емес', ru: 'не требуется', en: 'not needed' },
  notRequested: { kk: 'сұралмаған', ru: 'не запрошено', en: 'not requested' },
  pending: { kk: 'күтілуде', ru: 'ожидается', en: 'awaited' },
  granted: { kk: 'берілді', ru: 'дано', en: 'granted' },
  refused: { kk: 'бас тартылды', ru: 'отказано', en: 'refused' },
};

export const DEADLINE_LABELS = {
  consent: { kk: 'БП келісімі', ru: 'Согласие ГП', en: 'GP consent' },
  registration: { kk: 'Тіркеу', ru: 'Регистрация', en: 'Registration' },
  completion: { kk: 'Тексерудің аяқталуы', ru: 'Окончание проверки', en: 'End of the inspection' },
  certificate: { kk: 'Анықтама', ru: 'Справка', en: 'Certificate' },
} as const satisfies Record<string, LocalizedText>;

export const COUNTER_LABELS = {
  termDays: { kk: 'Мерзім (жұмыс күні)', ru: 'Срок (раб. дн.)', en: 'Term (working days)' },
  remainingDays: { kk: 'Қалған жұмыс күні', ru: 'Осталось раб. дн.', en: 'Working days left' },
  extension: { kk: 'Ұзарту', ru: 'Продление', en: 'Extension' },
  suspensions: { kk: 'Тоқтатулар', ru: 'Приостановлений', en: 'Suspensions' },
  refusals: { kk: 'Кіргізбеу', ru: 'Отказов в допуске', en: 'Refusals of entry' },
} as const satisfies Record<string, LocalizedText>;

export const FIELD_LABELS = {
  role: { kk: 'Лауазым', ru: 'Должность', en: 'Role' },
  basis: { kk: 'Негіз', ru: 'Основание', en: 'Basis' },
  ground: { kk: 'Себеп', ru: 'Повод', en: 'Ground' },
  subject: { kk: 'Субъект', ru: 'Субъект', en: 'Subject' },
  secret: { kk: 'Мемлекеттік құпия', ru: 'Гостайна', en: 'State secrets' },
  area: { kk: 'Сала', ru: 'Сфера', en: 'Area' },
  urgent: { kk: 'Шұғыл (заңсыз ұстау)', ru: 'Срочно (незаконное задержание)', en: 'Urgent (illegal detention)' },
  registrationAfterStart: {
    kk: 'Қағидалардың 11-тармағындағы жағдай: тіркеу басталғаннан кейінгі келесі жұмыс күні ішінде',
    ru: 'Случай пункта 11 Правил: регистрация в течение следующего рабочего дня после начала',
    en: 'A case of Rules item 11: registration within the next working day after the start',
  },
} as const satisfies Record<string, LocalizedText>;

/** What each refusal says; `{{name}}` takes `values.name`. */
export const CODE_LABELS: Record<InspectionCode, LocalizedText> = {
  presidentDoesNotAppoint: {
    kk: 'Президент тексеруді тапсырады, ал қаулыны прокурор шығарады',
    ru: 'Президент поручает проверку, а постановление выносит прокурор',
    en: 'The President assigns an inspection; a prosecutor issues the resolution',
  },
  notAuthorisedToAppoint: { kk: 'Бұл лауазым тексеру туралы қаулы шығармайды', ru: 'Эта должность не выносит постановление о проверке', en: 'This role does not issue a resolution on an inspection' },
  notEntitledToDecide: { kk: 'Бұл лауазым өз шешімімен тексеру тағайындамайды', ru: 'Эта должность не назначает проверку своим решением', en: 'This role does not appoint an inspection by its own decision' },
  groundRequired: { kk: 'Шешім бес себептің бірін атауы тиіс', ru: 'Решение должно назвать один из пяти поводов', en: 'A decision must name one of the five grounds' },
  urgentOnlyForDetention: { kk: 'Шұғыл тексеру тек ұстау орнында', ru: 'Срочная проверка — только в месте содержания под стражей', en: 'An urgent inspection is only for a detention facility' },
  consentRequired: { kk: 'Кәсіпкерді шешім бойынша тексеру үшін алдымен Бас Прокурордың келісімі керек', ru: 'Для проверки предпринимателя по решению сначала нужно согласие Генерального Прокурора', en: 'Inspecting a business by decision needs the GP\'s consent first' },
  noInspectorsNamed: { kk: 'Қаулыда тексерушілер аталмаған', ru: 'В постановлении не названы проверяющие', en: 'The resolution names no inspectors' },
  inspectorNamedTwice: { kk: 'Бір тексеруші екі рет аталған', ru: 'Один проверяющий назван дважды', en: 'An inspector is named twice' },
  consentNotNeeded: { kk: 'Бұл тексеруге Бас Прокурордың келісімі қажет емес', ru: 'Для этой проверки согласие Генерального Прокурора не нужно', en: 'This inspection needs no consent of the GP' },
  consentAlreadyGranted: { kk: 'Келісім бұрын берілген ({{answeredOn}})', ru: 'Согласие уже дано ({{answeredOn}})', en: 'Consent was already granted ({{answeredOn}})' },
  petitionNotBySender: { kk: 'Өтінішхатты Бас әскери, Бас көлік не облыс прокуроры жібереді', ru: 'Ходатайство направляет Главный военный, Главный транспортный прокурор или прокурор области', en: 'The petition is sent by the chief military, chief transport or an oblast prosecutor' },
  infoAlreadyRequested: { kk: 'Қосымша ақпарат бір рет қана сұралады', ru: 'Дополнительная информация запрашивается один раз', en: 'More information is asked for once only' },
  resolutionAlreadyHanded: { kk: 'Қаулы бұрын тапсырылған ({{handedOn}})', ru: 'Постановление уже вручено ({{handedOn}})', en: 'The resolution was already handed ({{handedOn}})' },
  registrationNotRequired: { kk: 'Бұл салада тексеру тіркелмейді', ru: 'В этой сфере проверка не регистрируется', en: 'Inspections in this area are not registered' },
  alreadyRegistered: { kk: 'Тексеру бұрын тіркелген ({{registeredOn}})', ru: 'Проверка уже зарегистрирована ({{registeredOn}})', en: 'The inspection is already registered ({{registeredOn}})' },
  resolutionWasHanded: { kk: 'Қаулы тапсырылған: бас тарту негізсіз', ru: 'Постановление вручено: отказ необоснован', en: 'The resolution was handed: the refusal is unfounded' },
  personNotGiven: { kk: 'Қаулыда аталмаған адам көрсетілмеген', ru: 'Не указано лицо, не названное в постановлении', en: 'No person outside the resolution is given' },
  personIsNamed: { kk: '{{person}} қаулыда аталған: бас тарту негізсіз', ru: '{{person}} назван в постановлении: отказ необоснован', en: '{{person}} is named in the resolution: the refusal is unfounded' },
  isRegistered: { kk: 'Тексеру тіркелген: бас тарту негізсіз', ru: 'Проверка зарегистрирована: отказ необоснован', en: 'The inspection is registered: the refusal is unfounded' },
  registrationPending: {
    kk: '11-тармақ жағдайында тіркеуге {{deadline}} дейін уақыт бар: бас тарту әзірге негізсіз',
    ru: 'В случае пункта 11 на регистрацию есть время до {{deadline}}: отказ пока необоснован',
    en: 'In an item-11 case registration may wait until {{deadline}}: the refusal is not yet founded',
  },
  termsNotApplicable: { kk: 'Бұл салада 30 күндік мерзімдер қолданылмайды', ru: 'В этой сфере 30-дневные сроки не применяются', en: 'The 30-day terms do not apply in this area' },
  deadlineNotPassed: { kk: 'Мерзім өтпеген: {{remainingDays}} жұмыс күні қалды (соңы {{deadline}})', ru: 'Срок не истёк: осталось {{remainingDays}} раб. дн. (до {{deadline}})', en: 'The term has not passed: {{remainingDays}} working days left (ends {{deadline}})' },
  clearanceNotRequired: { kk: 'Объектіде мемлекеттік құпия жоқ: рұқсат талап етілмейді', ru: 'На объекте нет гостайны: допуск не требуется', en: 'No state secrets here: no clearance is required' },
  clearanceShown: { kk: 'Рұқсат көрсетілген: бас тарту негізсіз', ru: 'Допуск предъявлен: отказ необоснован', en: 'Clearance was shown: the refusal is unfounded' },
  clearanceAlreadyShown: { kk: 'Рұқсат бұрын көрсетілген', ru: 'Допуск уже предъявлен', en: 'Clearance was already shown' },
  resolutionStillNotHanded: { kk: 'Қаулы әлі тапсырылмаған', ru: 'Постановление всё ещё не вручено', en: 'The resolution is still not handed' },
  stillNotRegistered: { kk: 'Тексеру әлі тіркелмеген', ru: 'Проверка всё ещё не зарегистрирована', en: 'The inspection is still not registered' },
  termStillPassed: { kk: 'Өткен мерзімді қалпына келтіруге болмайды', ru: 'Истёкший срок не восстановить', en: 'A passed term cannot be cured' },
  clearanceStillNotShown: { kk: 'Рұқсат әлі көрсетілмеген', ru: 'Допуск всё ещё не предъявлен', en: 'Clearance is still not shown' },
  alreadyExtended: { kk: 'Мерзім бұрын ұзартылған ({{extendedBy}} күн, {{on}})', ru: 'Срок уже продлён ({{extendedBy}} дн., {{on}})', en: 'The term was already extended ({{extendedBy}} days, {{on}})' },
  extensionTooLong: { kk: 'Ұзарту {{max}} жұмыс күнінен аспайды (сұралғаны {{days}})', ru: 'Продление не более {{max}} раб. дн. (запрошено {{days}})', en: 'An extension is at most {{max}} working days ({{days}} asked)' },
  termAlreadyPassed: { kk: 'Мерзім {{deadline}} өтіп кетті', ru: 'Срок истёк {{deadline}}', en: 'The term ran out on {{deadline}}' },
};
