/** The words of the suspension resolution in kk, ru, en: events, states, refusal codes, input fields. */
import type { LocalizedText } from '../../law/types';
import { TIME_EVENT_LABELS } from '../core/input';
import type { ActSuspensionEventType } from './schema';

export const EVENT_LABELS: Record<ActSuspensionEventType, LocalizedText> = {
  'act.suspend': { kk: 'Актіні тоқтата тұру туралы қаулы', ru: 'Постановление о приостановлении акта', en: 'Resolution suspending the act' },
  'suspension.lift': { kk: 'Тоқтата тұруды алу', ru: 'Снять приостановление', en: 'Lift the suspension' },
  'protest.bring': { kk: 'Наразылық келтіру', ru: 'Принести протест', en: 'Bring a protest' },
  ...TIME_EVENT_LABELS,
};

export const STATE_LABELS: Record<string, LocalizedText> = {
  draft: { kk: 'Жоба', ru: 'Проект', en: 'Draft' },
  suspended: { kk: 'Тоқтатыла тұрды', ru: 'Приостановлено', en: 'Suspended' },
  lifted: { kk: 'Тоқтата тұру алынды', ru: 'Приостановление снято', en: 'Lifted' },
  lapsed: { kk: 'Мерзімі бітті', ru: 'Срок истёк', en: 'Lapsed' },
  protested: { kk: 'Наразылыққа берілді', ru: 'Передано в протест', en: 'Handed to a protest' },
};

export const CODE_LABELS: Record<string, LocalizedText> = {
  notProsecutor: { kk: 'Қаулыны прокурор шығарады', ru: 'Постановление выносит прокурор', en: 'Only a prosecutor issues the resolution' },
  suspensionTooLong: { kk: '{{days}} жұмыс күні: ең көбі {{max}}', ru: '{{days}} раб. дн.: не более {{max}}', en: '{{days}} working days: at most {{max}}' },
  alreadySuspended: { kk: 'Тоқтата тұру {{lastDay}} дейін жүріп жатыр; ұзартуға болмайды', ru: 'Приостановление уже действует до {{lastDay}}; продлить нельзя', en: 'Already suspended until {{lastDay}}; it cannot be extended' },
  notSuspended: { kk: 'Акт тоқтатыла тұрмаған', ru: 'Акт не приостановлен', en: 'The act is not suspended' },
};

export const FIELD_LABELS = {
  startDate: { kk: 'Басталу күні', ru: 'Дата начала', en: 'Start date' },
  role: { kk: 'Прокурор', ru: 'Прокурор', en: 'Prosecutor' },
} satisfies Record<string, LocalizedText>;

export const VIEW_LABELS = {
  lastDay: { kk: 'Тоқтата тұрудың соңғы күні', ru: 'Последний день приостановления', en: 'Last day of the suspension' },
  days: { kk: 'Жұмыс күні (ең көбі 3)', ru: 'Рабочих дней (не более 3)', en: 'Working days (at most 3)' },
} satisfies Record<string, LocalizedText>;
