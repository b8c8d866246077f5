import { registerNamespace } from '../../i18n/registerNamespace';
/**
 * Strings of the meeting screen, in their own i18next namespace ('meeting') so that the
 * shared locale files stay untouched. Registered once on import.
 */

const en = {
  title: 'Session',
  state: {
    idle: 'Not convened', registration: 'Registration', inquorate: 'No quorum', agenda: 'Agenda',
    discussion: 'Discussion', voting: 'Voting', adjourned: 'Adjourned', closed: 'Closed',
  },
  body: { coordinationCouncil: 'Coordination Council', collegium: 'Collegium' },
  level: { republican: 'republican', regional: 'regional', military: 'military', transport: 'transport' },
  sessionKind: { regular: 'regular session', extraordinary: 'extraordinary session', none: 'session not convened' },
  roster: {
    heading: 'Roster', chair: 'chair', permanent: 'Permanent members', invited: 'Invited participants',
    invitedBadge: 'invited · no vote', present: 'present', absent: 'absent',
  },
  quorum: {
    heading: 'Quorum', meter: '{{present}} of {{permanent}} present, {{needed}} needed',
    met: 'quorate', notMet: 'not quorate', rule: 'at least {{num}}/{{den}} of the permanent members',
    none: 'no separate quorum: at least one member present', check: 'Check the quorum',
  },
  agenda: {
    heading: 'Agenda', itemId: 'Item no.', itemTitle: 'Item title', open: 'Open item',
    current: 'On the floor', none: 'No item on the floor',
    voteOpen: 'Open the vote', voteClose: 'Close the vote', next: 'Next item',
    adjourn: 'Adjourn', close: 'Close the session',
    convene: { regular: 'Convene a regular session', extraordinary: 'Convene an extraordinary session' },
  },
  vote: { heading: 'Votes', for: 'For', against: 'Against', abstain: 'Abstain', notYet: 'not yet voted', voted: 'voted: {{choice}}' },
  choice: { for: 'for', against: 'against', abstain: 'abstain' },
  tally: {
    heading: 'Tally', live: 'If the vote closed now', last: 'Last decision', empty: 'No votes yet',
    adopted: 'ADOPTED', rejected: 'REJECTED', notYet: 'Not yet voted',
    ofPresent: 'majority of members present: {{present}} of {{members}} present, {{needed}} needed, {{for}} for',
    ofVotesCast: 'more for than against: {{for}} for, {{against}} against, {{needed}} needed',
    ofTotal: 'majority of all members: {{members}} members, {{needed}} needed, {{for}} for',
    casting: "a tie, carried by the chair's casting vote for",
    tieLost: 'a tie: not a majority',
  },
  switcher: {
    heading: 'The same votes under another rule', rule: 'Rule', casting: "Chair's casting vote on a tie",
    inForce: 'in force', ofPresent: 'of those present', ofVotesCast: 'of votes cast', ofTotal: 'of all members',
  },
  decisions: { heading: 'Decisions', empty: 'No decisions yet', item: 'Item', outcome: 'Outcome', votes: 'for / against / abstain', present: 'present' },
  minutes: {
    show: 'Minutes', hide: 'Back to the meeting', print: 'Print', heading: 'Minutes of the session',
    date: 'Date', kind: 'Session', chair: 'Chair', attendance: 'Attendance', presentList: 'Present',
    absentList: 'Absent', invitedList: 'Invited participants', items: 'Items and decisions', rule: 'Rule',
    law: 'Legal basis', presentCount: 'members present', noItems: 'No item was voted', nobody: '—',
  },
  refusal: 'Refused',
  reason: {
    'quorum-notMet': 'No quorum: {{present}} of {{permanent}} present, {{needed}} needed',
    'quorum-lost': 'The quorum is lost: {{present}} of {{permanent}} present, {{needed}} needed',
    'quorum-notEstablished': 'The quorum has not been established: {{present}} of {{permanent}} present, {{needed}} needed',
    'member-unknown': 'Not a member of this body',
    'item-alreadyOpened': 'This item was already put to the body',
    'item-alreadyDecided': 'This item has already been voted on',
    'vote-invitedNoVote': 'Invited participants do not vote',
    'vote-notPresent': 'Absent: only members present vote',
    'vote-alreadyCast': 'Already voted ({{choice}}): one vote per item',
    'session-ended': 'The session is over',
    'session-alreadyConvened': 'The session is already convened',
    'session-notConvened': 'The session is not convened yet',
    'vote-notOpen': 'No vote is open',
    'vote-stillOpen': 'The vote is still open',
    'item-inProgress': 'Another item is on the floor',
    'item-notOpen': 'No item is on the floor',
    procedureFinished: 'The session is over',
    notAvailableHere: 'Not available at this stage',
    other: 'Refused ({{code}})',
  },
};

type Strings = typeof en;

const ru: Strings = {
  title: 'Заседание',
  state: {
    idle: 'Не созвано', registration: 'Регистрация', inquorate: 'Нет кворума', agenda: 'Повестка',
    discussion: 'Обсуждение', voting: 'Голосование', adjourned: 'Отложено', closed: 'Закрыто',
  },
  body: { coordinationCouncil: 'Координационный совет', collegium: 'Коллегия' },
  level: { republican: 'республиканский', regional: 'региональный', military: 'военный', transport: 'транспортный' },
  sessionKind: { regular: 'очередное заседание', extraordinary: 'внеочередное заседание', none: 'заседание не созвано' },
  roster: {
    heading: 'Состав', chair: 'председатель', permanent: 'Постоянные члены', invited: 'Приглашённые',
    invitedBadge: 'приглашён · без голоса', present: 'присутствует', absent: 'отсутствует',
  },
  quorum: {
    heading: 'Кворум', meter: 'присутствуют {{present}} из {{permanent}}, нужно {{needed}}',
    met: 'кворум есть', notMet: 'кворума нет', rule: 'не менее {{num}}/{{den}} постоянных членов',
    none: 'отдельного кворума нет: присутствует хотя бы один член', check: 'Проверить кворум',
  },
  agenda: {
    heading: 'Повестка', itemId: '№ вопроса', itemTitle: 'Название вопроса', open: 'Открыть вопрос',
    current: 'Рассматривается', none: 'Вопрос не открыт',
    voteOpen: 'Открыть голосование', voteClose: 'Закрыть голосование', next: 'Следующий вопрос',
    adjourn: 'Отложить', close: 'Закрыть заседание',
    convene: { regular: 'Созвать очередное заседание', extraordinary: 'Созвать внеочередное заседание' },
  },
  vote: { heading: 'Голоса', for: 'За', against: 'Против', abstain: 'Воздерж.', notYet: 'ещё не голосовал', voted: 'голос: {{choice}}' },
  choice: { for: 'за', against: 'против', abstain: 'воздержался' },
  tally: {
    heading: 'Подсчёт', live: 'Если закрыть голосование сейчас', last: 'Последнее решение', empty: 'Голосов пока нет',
    adopted: 'ПРИНЯТО', rejected: 'НЕ ПРИНЯТО', notYet: 'Не голосовали',
    ofPresent: 'большинство присутствующих: присутствуют {{present}} из {{members}}, нужно {{needed}}, за {{for}}',
    ofVotesCast: '«за» больше, чем «против»: за {{for}}, против {{against}}, нужно {{needed}}',
    ofTotal: 'большинство от общего числа: членов {{members}}, нужно {{needed}}, за {{for}}',
    casting: 'равенство голосов, решил голос председателя «за»',
    tieLost: 'равенство голосов: большинства нет',
  },
  switcher: {
    heading: 'Те же голоса по другому правилу', rule: 'Правило', casting: 'Решающий голос председателя при равенстве',
    inForce: 'действует', ofPresent: 'от присутствующих', ofVotesCast: 'от поданных голосов', ofTotal: 'от общего числа',
  },
  decisions: { heading: 'Решения', empty: 'Решений пока нет', item: 'Вопрос', outcome: 'Итог', votes: 'за / против / возд.', present: 'присутств.' },
  minutes: {
    show: 'Протокол', hide: 'Вернуться к заседанию', print: 'Печать', heading: 'Протокол заседания',
    date: 'Дата', kind: 'Заседание', chair: 'Председатель', attendance: 'Присутствие', presentList: 'Присутствовали',
    absentList: 'Отсутствовали', invitedList: 'Приглашённые', items: 'Вопросы и решения', rule: 'Правило',
    law: 'Правовое основание', presentCount: 'присутствовало членов', noItems: 'Ни один вопрос не голосовался', nobody: '—',
  },
  refusal: 'Отказано',
  reason: {
    'quorum-notMet': 'Нет кворума: присутствуют {{present}} из {{permanent}}, нужно {{needed}}',
    'quorum-lost': 'Кворум утрачен: присутствуют {{present}} из {{permanent}}, нужно {{needed}}',
    'quorum-notEstablished': 'Кворум не установлен: присутствуют {{present}} из {{permanent}}, нужно {{needed}}',
    'member-unknown': 'Не член этого органа',
    'item-alreadyOpened': 'Этот вопрос уже рассматривался',
    'item-alreadyDecided': 'По этому вопросу уже голосовали',
    'vote-invitedNoVote': 'Приглашённые не голосуют',
    'vote-notPresent': 'Отсутствует: голосуют только присутствующие',
    'vote-alreadyCast': 'Уже проголосовал ({{choice}}): один голос по вопросу',
    'session-ended': 'Заседание окончено',
    'session-alreadyConvened': 'Заседание уже созвано',
    'session-notConvened': 'Заседание ещё не созвано',
    'vote-notOpen': 'Голосование не открыто',
    'vote-stillOpen': 'Голосование ещё не закрыто',
    'item-inProgress': 'Рассматривается другой вопрос',
    'item-notOpen': 'Вопрос не открыт',
    procedureFinished: 'Заседание окончено',
    notAvailableHere: 'Недоступно на этом этапе',
    other: 'Отказано ({{code}})',
  },
};

const kk: Strings = {
  title: 'Отырыс',
  state: {
    idle: 'Шақырылмаған', registration: 'Тіркеу', inquorate: 'Кворум жоқ', agenda: 'Күн тәртібі',
    discussion: 'Талқылау', voting: 'Дауыс беру', adjourned: 'Кейінге қалдырылды', closed: 'Жабылды',
  },
  body: { coordinationCouncil: 'Үйлестіру кеңесі', collegium: 'Алқа' },
  level: { republican: 'республикалық', regional: 'өңірлік', military: 'әскери', transport: 'көлік' },
  sessionKind: { regular: 'кезекті отырыс', extraordinary: 'кезектен тыс отырыс', none: 'отырыс шақырылмаған' },
  roster: {
    heading: 'Құрамы', chair: 'төраға', permanent: 'Тұрақты мүшелер', invited: 'Шақырылғандар',
    invitedBadge: 'шақырылған · дауыссыз', present: 'қатысады', absent: 'жоқ',
  },
  quorum: {
    heading: 'Кворум', meter: '{{permanent}} мүшенің {{present}} қатысады, {{needed}} қажет',
    met: 'кворум бар', notMet: 'кворум жоқ', rule: 'тұрақты мүшелердің кемінде {{num}}/{{den}} бөлігі',
    none: 'жеке кворум жоқ: кемінде бір мүше қатысуы керек', check: 'Кворумды тексеру',
  },
  agenda: {
    heading: 'Күн тәртібі', itemId: 'Мәселе №', itemTitle: 'Мәселенің атауы', open: 'Мәселені ашу',
    current: 'Қаралуда', none: 'Мәселе ашылмаған',
    voteOpen: 'Дауыс беруді ашу', voteClose: 'Дауыс беруді жабу', next: 'Келесі мәселе',
    adjourn: 'Кейінге қалдыру', close: 'Отырысты жабу',
    convene: { regular: 'Кезекті отырысты шақыру', extraordinary: 'Кезектен тыс отырысты шақыру' },
  },
  vote: { heading: 'Дауыстар', for: 'Жақтайды', against: 'Қарсы', abstain: 'Қалыс', notYet: 'әлі дауыс бермеді', voted: 'дауысы: {{choice}}' },
  choice: { for: 'жақтайды', against: 'қарсы', abstain: 'қалыс қалды' },
  tally: {
    heading: 'Дауыстарды санау', live: 'Дауыс беру қазір жабылса', last: 'Соңғы шешім', empty: 'Әзірге дауыс жоқ',
    adopted: 'ҚАБЫЛДАНДЫ', rejected: 'ҚАБЫЛДАНБАДЫ', notYet: 'Дауыс бермегендер',
    ofPresent: 'қатысқандардың көпшілігі: {{members}} мүшенің {{present}} қатысады, {{needed}} қажет, жақтағаны {{for}}',
    ofVotesCast: '«жақтағандар» «қарсылардан» көп: жақтағаны {{for}}, қарсысы {{against}}, {{needed}} қажет',
    ofTotal: 'барлық мүшелердің көпшілігі: {{members}} мүше, {{needed}} қажет, жақтағаны {{for}}',
    casting: 'дауыстар тең, төрағаның «жақтайды» дауысы шешті',
    tieLost: 'дауыстар тең: көпшілік жоқ',
  },
  switcher: {
    heading: 'Сол дауыстар басқа ереже бойынша', rule: 'Ереже', casting: 'Дауыстар тең болғанда төрағаның шешуші дауысы',
    inForce: 'қолданыста', ofPresent: 'қатысқандардан', ofVotesCast: 'берілген дауыстардан', ofTotal: 'жалпы саннан',
  },
  decisions: { heading: 'Шешімдер', empty: 'Әзірге шешім жоқ', item: 'Мәселе', outcome: 'Нәтиже', votes: 'жақ. / қарсы / қалыс', present: 'қатысты' },
  minutes: {
    show: 'Хаттама', hide: 'Отырысқа оралу', print: 'Басып шығару', heading: 'Отырыс хаттамасы',
    date: 'Күні', kind: 'Отырыс', chair: 'Төраға', attendance: 'Қатысу', presentList: 'Қатысқандар',
    absentList: 'Қатыспағандар', invitedList: 'Шақырылғандар', items: 'Мәселелер мен шешімдер', rule: 'Ереже',
    law: 'Құқықтық негіз', presentCount: 'қатысқан мүшелер', noItems: 'Бірде-бір мәселе дауысқа салынбады', nobody: '—',
  },
  refusal: 'Бас тартылды',
  reason: {
    'quorum-notMet': 'Кворум жоқ: {{permanent}} мүшенің {{present}} қатысады, {{needed}} қажет',
    'quorum-lost': 'Кворум жоғалды: {{permanent}} мүшенің {{present}} қатысады, {{needed}} қажет',
    'quorum-notEstablished': 'Кворум анықталмаған: {{permanent}} мүшенің {{present}} қатысады, {{needed}} қажет',
    'member-unknown': 'Бұл органның мүшесі емес',
    'item-alreadyOpened': 'Бұл мәселе бұрын қаралған',
    'item-alreadyDecided': 'Бұл мәселе бойынша дауыс берілді',
    'vote-invitedNoVote': 'Шақырылғандар дауыс бермейді',
    'vote-notPresent': 'Қатыспайды: тек қатысқандар дауыс береді',
    'vote-alreadyCast': 'Дауыс берді ({{choice}}): бір мәселеге бір дауыс',
    'session-ended': 'Отырыс аяқталды',
    'session-alreadyConvened': 'Отырыс шақырылған',
    'session-notConvened': 'Отырыс әлі шақырылмаған',
    'vote-notOpen': 'Дауыс беру ашылмаған',
    'vote-stillOpen': 'Дауыс беру әлі жабылмаған',
    'item-inProgress': 'Басқа мәселе қаралуда',
    'item-notOpen': 'Мәселе ашылмаған',
    procedureFinished: 'Отырыс аяқталды',
    notAvailableHere: 'Бұл кезеңде қолжетімсіз',
    other: 'Бас тартылды ({{code}})',
  },
};

export const strings = { kk, ru, en };

registerNamespace('meeting', strings);
