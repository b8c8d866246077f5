/** The words of forced bringing in kk, ru, en: events, states, refusal codes, input fields. */
import type { LocalizedText } from '../../law/types';
import { TIME_EVENT_LABELS } from '../core/input';
import type { ForcedBringingEventType } from './schema';

export const EVENT_LABELS: Record<ForcedBringingEventType, LocalizedText> = {
  'summons.serve': { kk: 'Шақыру хабарламасын жіберу', ru: 'Направить вызов', en: 'Serve the summons' },
  'summons.miss': { kk: 'Адам келмеді', ru: 'Лицо не явилось', en: 'The person does not come' },
  'bringing.order': { kk: 'Күштеп әкелу туралы уәжді қаулы', ru: 'Мотивированное постановление о приводе', en: 'Reasoned resolution to bring by force' },
  'representative.notify': { kk: 'Заңды өкілге хабарлау', ru: 'Уведомить законного представителя', en: 'Tell the legal representative' },
  'bringing.execute': { kk: 'Күштеп әкелу (ішкі істер органы)', ru: 'Осуществить привод (органы внутренних дел)', en: 'Bring the person (by the police)' },
  ...TIME_EVENT_LABELS,
};

export const STATE_LABELS: Record<string, LocalizedText> = {
  draft: { kk: 'Жоба', ru: 'Проект', en: 'Draft' },
  summoned: { kk: 'Шақырылды', ru: 'Вызван', en: 'Summoned' },
  missed: { kk: 'Дәлелсіз себеппен келмеді', ru: 'Не явился без уважительной причины', en: 'Stayed away without a good reason' },
  ordered: { kk: 'Қаулы шығарылды', ru: 'Постановление вынесено', en: 'Ordered' },
  brought: { kk: 'Күштеп әкелінді', ru: 'Доставлен приводом', en: 'Brought' },
  refused: { kk: 'Күштеп әкелу қолданылмайды', ru: 'Привод не применяется', en: 'No forced bringing' },
};

export const CODE_LABELS: Record<string, LocalizedText> = {
  notEntitledToOrder: { kk: 'Бұл лауазымдағы адам күштеп әкелу туралы қаулы шығармайды', ru: 'Это должностное лицо не выносит постановление о приводе', en: 'This post may not order a forced bringing' },
  childUnderFourteen: { kk: 'Он төрт жасқа дейінгі бала ({{age}} жаста) күштеп әкелінбейді', ru: 'Ребёнок до четырнадцати лет ({{age}}) приводу не подлежит', en: 'A child under fourteen (aged {{age}}) is never brought by force' },
  personPregnant: { kk: 'Жүкті әйел күштеп әкелінбейді', ru: 'Беременная женщина приводу не подлежит', en: 'A pregnant woman is never brought by force' },
  medicalCertificateHeld: { kk: 'Дәрігер куәландырған науқас күштеп әкелінбейді', ru: 'Лицо со справкой врача приводу не подлежит', en: 'A person with a doctor\'s certificate is never brought by force' },
  noUnexcusedMiss: { kk: 'Адам шақыру бойынша дәлелсіз себеппен келмеген жоқ', ru: 'Нет неявки по вызову без уважительной причины', en: 'There is no unexcused failure to come' },
  alreadyOrdered: { kk: 'Қаулы {{orderedOn}} шығарылған', ru: 'Постановление уже вынесено {{orderedOn}}', en: 'Already ordered on {{orderedOn}}' },
  notMinor: { kk: 'Адам кәмелетке толған ({{age}} жаста): заңды өкілге хабарлау қажет емес', ru: 'Лицо совершеннолетнее ({{age}}): уведомлять представителя не нужно', en: 'An adult (aged {{age}}): there is no legal representative to tell' },
  representativeAlreadyNotified: { kk: 'Заңды өкілге {{on}} хабарланған', ru: 'Представитель уже уведомлён {{on}}', en: 'The representative was told on {{on}}' },
  nightTime: { kk: 'Сағат {{time}} — түнгі уақыт ({{from}}–{{until}}): күштеп әкелу жүргізілмейді', ru: '{{time}} — ночное время ({{from}}–{{until}}): привод не производится', en: '{{time}} is night time ({{from}} to {{until}}): no forced bringing at night' },
  representativeNotNotified: { kk: 'Кәмелетке толмаған ({{age}} жаста): алдымен заңды өкілге хабарлау керек', ru: 'Несовершеннолетний ({{age}}): сначала уведомить законного представителя', en: 'A minor (aged {{age}}): the legal representative must be told first' },
  alreadySummoned: { kk: 'Адам {{summonedOn}} шақырылған', ru: 'Лицо уже вызвано {{summonedOn}}', en: 'Already summoned on {{summonedOn}}' },
  notSummoned: { kk: 'Адам шақырылмаған', ru: 'Лицо не вызывалось', en: 'The person was not summoned' },
  alreadyMissed: { kk: 'Келмегені {{missedOn}} тіркелген', ru: 'Неявка уже отмечена {{missedOn}}', en: 'The miss was recorded on {{missedOn}}' },
  notOrdered: { kk: 'Күштеп әкелу туралы қаулы жоқ', ru: 'Постановления о приводе нет', en: 'No resolution orders it' },
};

export const FIELD_LABELS = {
  startDate: { kk: 'Басталу күні', ru: 'Дата начала', en: 'Start date' },
  age: { kk: 'Адамның жасы', ru: 'Возраст лица', en: 'Age of the person' },
  pregnant: { kk: 'Жүкті', ru: 'Беременна', en: 'Pregnant' },
  medicalCertificate: { kk: 'Дәрігердің куәландыруы бар', ru: 'Есть справка врача', en: 'Has a doctor\'s certificate' },
  role: { kk: 'Қаулыны шығаратын', ru: 'Кто выносит постановление', en: 'Ordered by' },
} satisfies Record<string, LocalizedText>;

export const VIEW_LABELS = {
  age: { kk: 'Жасы', ru: 'Возраст', en: 'Age' },
  representative: { kk: 'Заңды өкілге хабарланды', ru: 'Представитель уведомлён', en: 'Representative told' },
} satisfies Record<string, LocalizedText>;
