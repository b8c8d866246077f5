/**
 * The words of the five procedures of issue 10 for the payloads and refusal values the timeline shows
 * (`until: 2025-07-04` -> `дейін: 2025-07-04`): keys and values in kk, ru, en. The simulator reads them
 * where its own strings have no word (src/simulator/payload.ts), so these procedures need no entry there.
 */
import type { LocalizedText } from '../law/types';
import { actSuspensionDefinition } from './actSuspension';
import { appealDefinition } from './appeal';
import { CONCERN_LABELS, OUTCOME_LABELS as APPEAL_OUTCOMES } from './appeal/strings';
import { complaintDefinition } from './complaint';
import { OUTCOME_LABELS as COMPLAINT_OUTCOMES } from './complaint/strings';
import { forcedBringingDefinition } from './forcedBringing';
import { representationDefinition } from './representation';
import { ADDRESSEE_LABELS, OUTCOME_LABELS as REPRESENTATION_OUTCOMES } from './representation/strings';

const t = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });

/** Names of payload and refusal-value keys. */
const KEYS: Record<string, LocalizedText> = {
  until: t('дейін', 'до', 'until'),
  time: t('уақыты', 'время', 'time'),
  goodReason: t('дәлелді себеп', 'уважительная причина', 'good reason'),
  lastDay: t('соңғы күні', 'последний день', 'last day'),
  months: t('ай', 'месяцев', 'months'),
  learnedOn: t('білген күні', 'узнал', 'learned on'),
  fileBy: t('беру мерзімі', 'срок подачи', 'file by'),
  decideBy: t('шешім мерзімі', 'срок решения', 'decide by'),
  filedOn: t('берілген күні', 'подана', 'filed on'),
  workingDays: t('жұмыс күні', 'раб. дн.', 'working days'),
  age: t('жасы', 'возраст', 'age'),
  adultAge: t('кәмелет жасы', 'совершеннолетие', 'age of majority'),
  minimumAge: t('ең төменгі жас', 'минимальный возраст', 'minimum age'),
  arrivedOn: t('келген күні', 'поступило', 'arrived on'),
  appointedOn: t('тағайындалған күні', 'назначена', 'appointed on'),
  summonedOn: t('шақырылған күні', 'вызван', 'summoned on'),
  missedOn: t('келмеген күні', 'неявка', 'missed on'),
  orderedOn: t('қаулы күні', 'постановление', 'ordered on'),
  from: t('бастап', 'с', 'from'),
  anonymous: t('анонимді', 'анонимное', 'anonymous'),
  repeatedWithoutNewArguments: t('жаңа дәлелсіз қайталанған', 'повторное без новых доводов', 'repeated without new arguments'),
  irreversibleHarm: t('орны толмас зардап', 'непоправимый вред', 'irreparable harm'),
  pregnant: t('жүкті', 'беременна', 'pregnant'),
  medicalCertificate: t('дәрігердің куәландыруы', 'справка врача', 'doctor\'s certificate'),
  concerns: t('немен байланысты', 'о чём', 'concerns'),
  addressee: t('кімге', 'кому', 'addressed to'),
  // The keys of the older procedures (inspection, protest, council), for practice's prompts; the simulator's own
  // strings name them first where it has them.
  date: t('күні', 'дата', 'date'),
  days: t('күн', 'дней', 'days'),
  reason: t('себебі', 'причина', 'reason'),
  decision: t('шешім', 'решение', 'decision'),
  inspectors: t('тексерушілер', 'проверяющие', 'inspectors'),
  role: t('лауазымы', 'должность', 'role'),
  by: t('кім', 'кем', 'by'),
  outcome: t('нәтижесі', 'итог', 'outcome'),
  signed: t('қол қойылған', 'подписана', 'signed'),
  term: t('мерзімі', 'срок', 'term'),
  kind: t('түрі', 'вид', 'kind'),
  person: t('тұлға', 'лицо', 'person'),
  memberId: t('мүше', 'член', 'member'),
  chairId: t('төраға', 'председатель', 'chair'),
  present: t('қатысады', 'присутствует', 'present'),
  choice: t('дауысы', 'голос', 'vote'),
  itemId: t('мәселе', 'вопрос', 'item'),
  title: t('атауы', 'название', 'title'),
};

/** Values, by `key.value` first and then by value alone. */
const VALUES: Record<string, LocalizedText> = {
  ...REPRESENTATION_OUTCOMES,
  ...APPEAL_OUTCOMES,
  ...COMPLAINT_OUTCOMES,
  ...ADDRESSEE_LABELS,
  ...CONCERN_LABELS,
  'kind.regular': t('кезекті', 'очередное', 'regular'),
  'kind.extraordinary': t('кезектен тыс', 'внеочередное', 'extraordinary'),
  'unit.working': t('жұмыс күні', 'рабочих дн.', 'working days'),
  'unit.calendar': t('күнтізбелік күн', 'календарных дн.', 'calendar days'),
  // Who withdraws a protest: its author or a higher prosecutor (citation protest.withdrawal).
  'by.author': t('наразылық келтірген прокурор', 'принёсший протест прокурор', 'the prosecutor who brought it'),
  'by.superior': t('жоғары тұрған прокурор', 'вышестоящий прокурор', 'a higher prosecutor'),
  'reason.anonymous': t('анонимді', 'анонимное', 'anonymous'),
  'reason.repeated': t('жаңа дәлелсіз қайталанған', 'повторное без новых доводов', 'repeated without new arguments'),
};

const DEFINITIONS = [representationDefinition, appealDefinition, complaintDefinition, actSuspensionDefinition, forcedBringingDefinition];

export const PROCEDURE_WORDS = {
  keys: KEYS,
  values: VALUES,
  events: Object.assign({}, ...DEFINITIONS.map((d) => d.eventLabels ?? {})) as Record<string, LocalizedText>,
  states: Object.assign({}, ...DEFINITIONS.map((d) => d.stateLabels ?? {})) as Record<string, LocalizedText>,
};

/** A word of these procedures for a value under a key, if they have one. */
export function procedureValueWord(key: string, value: string): LocalizedText | undefined {
  return VALUES[`${key}.${value}`] ?? VALUES[value];
}
