import type { LocalizedText } from '../../law/types';
import type { InspectionDecision, InspectionEventType, RefusalReason, SuspensionReason, ExtensionReason } from './schema';

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
