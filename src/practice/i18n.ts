import { registerNamespace } from '../i18n/registerNamespace';

/** The practice screen's words, namespace 'practice'; the tab's name joins the app's 'nav'. */
const en = {
  trainee: 'Trainee name',
  traineeHint: 'Your progress is kept on this device under this name.',
  theme: 'Theme', anyTheme: 'any theme', kind: 'Kind', anyKind: 'mixed kinds', difficulty: 'Difficulty', count: 'Number of exercises',
  level: { 1: 'easy', 2: 'middle', 3: 'hard' },
  start: 'Start', check: 'Check', retry: 'Try again', next: 'Next', finish: 'Finish', showMe: 'Show me', hide: 'Hide',
  right: 'Right', wrong: 'Not right', why: 'Why',
  of: 'Exercise {{n}} of {{total}}',
  kinds: { pickUnits: 'Pick the units', buildHierarchy: 'Build the hierarchy', isAllowed: 'Is it allowed?', deadline: 'Deadline', voteOutcome: 'Vote outcome', nextStep: 'Next step', reachGoal: 'Reach the goal', choice: 'Choice' },
  themeN: 'Theme {{n}}',
  yes: 'yes', no: 'no', allowed: 'Allowed now', notAllowed: 'Not allowed now', reason: 'The provision that forbids it',
  quorate: 'Quorate?', adopted: 'Adopted?', present: 'present', absent: 'absent', chair: 'chair',
  vote: { for: 'for', against: 'against', abstain: 'abstains', none: 'no vote' },
  date: 'Last day (YYYY-MM-DD)', badDate: 'Write the date as YYYY-MM-DD, e.g. 2025-03-26.',
  sequence: 'Your steps', clear: 'Clear', maxSteps: 'At most {{n}} steps', goal: 'Goal state',
  parentOf: 'Superior of', choose: 'choose',
  summary: 'Summary', byKind: 'By kind', byTheme: 'By theme', total: 'Total', done: 'done', firstTry: 'right first time', solved: 'solved',
  exportCsv: 'Export CSV', exportJson: 'Export results (JSON)', newSet: 'New set', history: 'Progress so far: {{n}} exercises',
  provenance: { law: 'checked against the act', manual: 'as the manual states it, lines {{lines}} ({{term}})', reading: 'our reading: {{why}}' },
  show: { run: 'The run at step {{step}}', org: 'On the diagram', openRun: 'Open this run in the simulator', openDiagram: 'Show them on the diagram', notInDocument: 'The open document does not have these units: open the national template to see them.', calendar: 'Calendar {{from}} – {{to}}', working: 'working', off: 'day off' },
  noName: 'Enter a name first.',
};

const ru: typeof en = {
  trainee: 'Имя обучающегося',
  traineeHint: 'Прогресс хранится на этом устройстве под этим именем.',
  theme: 'Тема', anyTheme: 'любая тема', kind: 'Вид', anyKind: 'разные виды', difficulty: 'Сложность', count: 'Число упражнений',
  level: { 1: 'лёгкая', 2: 'средняя', 3: 'трудная' },
  start: 'Начать', check: 'Проверить', retry: 'Ещё раз', next: 'Далее', finish: 'Завершить', showMe: 'Показать', hide: 'Скрыть',
  right: 'Верно', wrong: 'Неверно', why: 'Почему',
  of: 'Упражнение {{n}} из {{total}}',
  kinds: { pickUnits: 'Выбор органов', buildHierarchy: 'Построить иерархию', isAllowed: 'Допустимо ли?', deadline: 'Срок', voteOutcome: 'Итог голосования', nextStep: 'Следующий шаг', reachGoal: 'Достичь цели', choice: 'Выбор ответа' },
  themeN: 'Тема {{n}}',
  yes: 'да', no: 'нет', allowed: 'Допустимо сейчас', notAllowed: 'Недопустимо сейчас', reason: 'Норма, которая запрещает',
  quorate: 'Есть кворум?', adopted: 'Принято?', present: 'присутствует', absent: 'отсутствует', chair: 'председатель',
  vote: { for: 'за', against: 'против', abstain: 'воздерживается', none: 'не голосует' },
  date: 'Последний день (ГГГГ-ММ-ДД)', badDate: 'Напишите дату как ГГГГ-ММ-ДД, например 2025-03-26.',
  sequence: 'Ваши шаги', clear: 'Очистить', maxSteps: 'Не более {{n}} шагов', goal: 'Целевое состояние',
  parentOf: 'Вышестоящий для', choose: 'выберите',
  summary: 'Итоги', byKind: 'По видам', byTheme: 'По темам', total: 'Всего', done: 'выполнено', firstTry: 'верно с первого раза', solved: 'решено',
  exportCsv: 'Экспорт CSV', exportJson: 'Экспорт результатов (JSON)', newSet: 'Новый набор', history: 'Пройдено упражнений: {{n}}',
  provenance: { law: 'сверено с текстом акта', manual: 'как сказано в пособии, строки {{lines}} ({{term}})', reading: 'наше прочтение: {{why}}' },
  show: { run: 'Ход на шаге {{step}}', org: 'На схеме', openRun: 'Открыть этот ход в симуляторе', openDiagram: 'Показать на схеме', notInDocument: 'В открытом документе нет этих подразделений: откройте национальный шаблон, чтобы их увидеть.', calendar: 'Календарь {{from}} – {{to}}', working: 'рабочий', off: 'выходной' },
  noName: 'Сначала введите имя.',
};

const kk: typeof en = {
  trainee: 'Тыңдаушының аты',
  traineeHint: 'Нәтижелер осы құрылғыда осы атпен сақталады.',
  theme: 'Тақырып', anyTheme: 'кез келген тақырып', kind: 'Түрі', anyKind: 'аралас түрлер', difficulty: 'Күрделілігі', count: 'Жаттығулар саны',
  level: { 1: 'жеңіл', 2: 'орташа', 3: 'қиын' },
  start: 'Бастау', check: 'Тексеру', retry: 'Қайталау', next: 'Келесі', finish: 'Аяқтау', showMe: 'Көрсету', hide: 'Жасыру',
  right: 'Дұрыс', wrong: 'Дұрыс емес', why: 'Неге',
  of: '{{total}} жаттығудың {{n}}-і',
  kinds: { pickUnits: 'Органдарды таңдау', buildHierarchy: 'Иерархия құру', isAllowed: 'Рұқсат па?', deadline: 'Мерзім', voteOutcome: 'Дауыс беру қорытындысы', nextStep: 'Келесі қадам', reachGoal: 'Мақсатқа жету', choice: 'Жауап таңдау' },
  themeN: '{{n}}-тақырып',
  yes: 'иә', no: 'жоқ', allowed: 'Қазір рұқсат', notAllowed: 'Қазір рұқсат жоқ', reason: 'Тыйым салатын ереже',
  quorate: 'Кворум бар ма?', adopted: 'Қабылданды ма?', present: 'қатысады', absent: 'жоқ', chair: 'төраға',
  vote: { for: 'жақтайды', against: 'қарсы', abstain: 'қалыс қалады', none: 'дауыс бермейді' },
  date: 'Соңғы күн (ЖЖЖЖ-АА-КК)', badDate: 'Күнді ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2025-03-26.',
  sequence: 'Сіздің қадамдарыңыз', clear: 'Тазалау', maxSteps: 'Ең көбі {{n}} қадам', goal: 'Мақсат күйі',
  parentOf: 'Жоғары тұрған органы:', choose: 'таңдаңыз',
  summary: 'Қорытынды', byKind: 'Түрлері бойынша', byTheme: 'Тақырыптар бойынша', total: 'Барлығы', done: 'орындалды', firstTry: 'бірден дұрыс', solved: 'шешілді',
  exportCsv: 'CSV экспорты', exportJson: 'Нәтижелер экспорты (JSON)', newSet: 'Жаңа жинақ', history: 'Орындалған жаттығулар: {{n}}',
  provenance: { law: 'акт мәтінімен салыстырылды', manual: 'оқулықта айтылғандай, {{lines}} жолдар ({{term}})', reading: 'біздің түсінігіміз: {{why}}' },
  show: { run: '{{step}}-қадамдағы жүріс', org: 'Сызбада', openRun: 'Бұл жүрісті симуляторда ашу', openDiagram: 'Сызбада көрсету', notInDocument: 'Ашық құжатта бұл бөлімшелер жоқ: оларды көру үшін ұлттық үлгіні ашыңыз.', calendar: 'Күнтізбе {{from}} – {{to}}', working: 'жұмыс күні', off: 'демалыс' },
  noName: 'Алдымен атыңызды жазыңыз.',
};

registerNamespace('practice', { en, ru, kk });
registerNamespace('translation', { en: { nav: { practice: 'Practice' } }, ru: { nav: { practice: 'Практика' } }, kk: { nav: { practice: 'Жаттығу' } } });
