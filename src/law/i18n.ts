import { registerNamespace } from '../i18n/registerNamespace';
/**
 * The words of citations, editions and the comparison view, registered as the
 * i18next namespace 'law'. Texts of provisions, editions and changes come from
 * models/law; these are the frames around them.
 */

const en = {
  source: {
    law: 'law',
    manual: 'manual, l. {{lines}}',
    reading: 'our reading',
  },
  sourceTip: {
    law: 'The law says it: checked against the text of the act.',
    manual: 'As the manual states it (seed lines {{lines}}; key term «{{term}}»).',
    reading: 'Our reading: {{why}}',
  },
  edition: {
    label: 'Edition',
    of: 'Edition of this document',
    option: { '2023': '2023 (the manual)', '2026': '2026 (new Constitution)' },
    compare: 'What changed in 2026',
    switched: 'The document now follows the {{edition}} edition; see the findings for what no longer fits.',
    fixTo2026: 'Replace the Senate with the Kurultai',
    fixTo2023: 'Replace the Kurultai with the Senate',
  },
  compare: {
    title: 'What changed in 2026',
    intro: 'The same top of the system in both editions. Marked: what the 2026 edition removes, adds or changes. Every change carries its status; check it against adilet.zan.kz before class.',
    close: 'Close',
    diagram: 'The diagram in both editions',
    changes: 'Changed provisions',
    before: 'Before',
    after: 'Now',
    sources: 'Sources (addresses, not opened by the app)',
    noSources: 'no source address in the audit',
    status: 'Status',
    mark: { removed: 'removed', added: 'new', changed: 'changed', same: 'unchanged' },
    appoints: 'appoints the General Prosecutor',
    consentOf: 'with the consent of: {{who}}',
    noConsent: 'no consent drawn',
    consentOpen: 'the Kurultai\'s consent: open question',
    term: { '2023': 'for five years', '2026': 'no fixed term; one appointment only' },
    accountable: 'accountable to the President',
    immunity: { '2023': 'immunity: the Senate\'s consent', '2026': 'immunity: the President\'s consent' },
  },
  gp: {
    title: 'The General Prosecutor\'s status',
    edition: 'as in the {{edition}} edition',
    aspect: { term: 'Term', appointment: 'Appointment', immunity: 'Immunities', accountability: 'Accountability' },
  },
};

type Strings = typeof en;

const ru: Strings = {
  source: {
    law: 'закон',
    manual: 'пособие, строки {{lines}}',
    reading: 'наше толкование',
  },
  sourceTip: {
    law: 'Так говорит закон: сверено с текстом акта.',
    manual: 'Как сказано в пособии (строки {{lines}}; ключевой термин «{{term}}»).',
    reading: 'Наше толкование: {{why}}',
  },
  edition: {
    label: 'Редакция',
    of: 'Редакция этого документа',
    option: { '2023': '2023 (пособие)', '2026': '2026 (новая Конституция)' },
    compare: 'Что изменилось в 2026',
    switched: 'Документ теперь в редакции {{edition}} года; что больше не подходит — в замечаниях.',
    fixTo2026: 'Заменить Сенат Курултаем',
    fixTo2023: 'Заменить Курултай Сенатом',
  },
  compare: {
    title: 'Что изменилось в 2026 году',
    intro: 'Одна и та же верхушка системы в обеих редакциях. Отмечено, что редакция 2026 года убирает, добавляет или меняет. У каждого изменения свой статус; перед уроком сверьте с adilet.zan.kz.',
    close: 'Закрыть',
    diagram: 'Схема в обеих редакциях',
    changes: 'Изменённые положения',
    before: 'Было',
    after: 'Стало',
    sources: 'Источники (адреса; приложение их не открывает)',
    noSources: 'в аудите нет адреса источника',
    status: 'Статус',
    mark: { removed: 'убрано', added: 'новое', changed: 'изменено', same: 'без изменений' },
    appoints: 'назначает Генерального Прокурора',
    consentOf: 'с согласия: {{who}}',
    noConsent: 'согласие не показано',
    consentOpen: 'согласие Курултая: открытый вопрос',
    term: { '2023': 'на пять лет', '2026': 'без фиксированного срока; только один раз' },
    accountable: 'подотчётен Президенту',
    immunity: { '2023': 'иммунитет: согласие Сената', '2026': 'иммунитет: согласие Президента' },
  },
  gp: {
    title: 'Статус Генерального Прокурора',
    edition: 'по редакции {{edition}} года',
    aspect: { term: 'Срок', appointment: 'Назначение', immunity: 'Иммунитеты', accountability: 'Подотчётность' },
  },
};

const kk: Strings = {
  source: {
    law: 'заң',
    manual: 'оқу құралы, {{lines}}-жол',
    reading: 'біздің түсіндіру',
  },
  sourceTip: {
    law: 'Заң осылай дейді: актінің мәтінімен салыстырылған.',
    manual: 'Оқу құралында осылай жазылған ({{lines}}-жолдар; негізгі термин «{{term}}»).',
    reading: 'Біздің түсіндіруіміз: {{why}}',
  },
  edition: {
    label: 'Редакция',
    of: 'Осы құжаттың редакциясы',
    option: { '2023': '2023 (оқу құралы)', '2026': '2026 (жаңа Конституция)' },
    compare: '2026 жылы не өзгерді',
    switched: 'Құжат енді {{edition}} жылғы редакция бойынша; енді сәйкес келмейтіні ескертулерде.',
    fixTo2026: 'Сенатты Құрылтаймен ауыстыру',
    fixTo2023: 'Құрылтайды Сенатпен ауыстыру',
  },
  compare: {
    title: '2026 жылы не өзгерді',
    intro: 'Жүйенің жоғарғы бөлігі екі редакцияда. 2026 жылғы редакция алып тастағаны, қосқаны не өзгерткені белгіленген. Әр өзгерістің мәртебесі бар; сабақ алдында adilet.zan.kz бойынша тексеріңіз.',
    close: 'Жабу',
    diagram: 'Екі редакциядағы сызба',
    changes: 'Өзгерген ережелер',
    before: 'Бұрын',
    after: 'Қазір',
    sources: 'Дереккөздер (мекенжайлар; бағдарлама оларды ашпайды)',
    noSources: 'аудитте дереккөз мекенжайы жоқ',
    status: 'Мәртебесі',
    mark: { removed: 'алынды', added: 'жаңа', changed: 'өзгерді', same: 'өзгерген жоқ' },
    appoints: 'Бас Прокурорды тағайындайды',
    consentOf: 'келісімімен: {{who}}',
    noConsent: 'келісім көрсетілмеген',
    consentOpen: 'Құрылтайдың келісімі: ашық сұрақ',
    term: { '2023': 'бес жылға', '2026': 'белгіленген мерзімсіз; бір рет қана' },
    accountable: 'Президентке есеп береді',
    immunity: { '2023': 'иммунитет: Сенаттың келісімі', '2026': 'иммунитет: Президенттің келісімі' },
  },
  gp: {
    title: 'Бас Прокурордың мәртебесі',
    edition: '{{edition}} жылғы редакция бойынша',
    aspect: { term: 'Мерзімі', appointment: 'Тағайындалуы', immunity: 'Иммунитеттері', accountability: 'Есеп беруі' },
  },
};

export const LAW_STRINGS = { kk, ru, en };

let registered = false;
/**
 * Registers the 'law' namespace on first use, not on import: this module is
 * shared by the main bundle and the simulator's chunk, and a shared chunk may
 * be evaluated before the app's i18next is initialised.
 */
export function ensureLawStrings(): void {
  if (registered) return;
  registerNamespace('law', LAW_STRINGS);
  registered = true;
}
