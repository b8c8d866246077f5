/**
 * Every word the council vote shows a user, in kk, ru and en: events, states, refusal codes,
 * counters and the roster picker. Our own wording.
 */
import type { LocalizedText } from '../../law/types';
import type { RosterResult } from './roster';
import type { CouncilCode } from './rules';
import type { CouncilVoteEvent } from './schema';

export const EVENT_LABELS: Record<CouncilVoteEvent['type'], LocalizedText> = {
  'session.convene': { kk: 'Отырысты шақыру', ru: 'Созвать заседание', en: 'Convene the session' },
  'attendance.mark': { kk: 'Қатысуды белгілеу', ru: 'Отметить явку', en: 'Mark attendance' },
  'quorum.check': { kk: 'Кворумды тексеру', ru: 'Проверить кворум', en: 'Check the quorum' },
  'item.open': { kk: 'Мәселені ашу', ru: 'Открыть вопрос', en: 'Open an item' },
  'vote.open': { kk: 'Дауыс беруді ашу', ru: 'Открыть голосование', en: 'Open the vote' },
  'vote.cast': { kk: 'Дауыс', ru: 'Голос', en: 'Cast a vote' },
  'vote.close': { kk: 'Дауыс беруді жабу', ru: 'Закрыть голосование', en: 'Close the vote' },
  'item.next': { kk: 'Келесі мәселе', ru: 'Следующий вопрос', en: 'Next item' },
  'session.adjourn': { kk: 'Кейінге қалдыру', ru: 'Отложить', en: 'Adjourn' },
  'session.close': { kk: 'Отырысты жабу', ru: 'Закрыть заседание', en: 'Close the session' },
  'time.advance': { kk: 'Уақытты жылжыту', ru: 'Передвинуть время', en: 'Advance time' },
  'time.advanceTo': { kk: 'Күнге өту', ru: 'Перейти к дате', en: 'Advance to a date' },
};

/** Every state key of the machine. */
export const STATE_LABELS: Record<string, LocalizedText> = {
  idle: { kk: 'Күту', ru: 'Ожидание', en: 'Idle' },
  registration: { kk: 'Тіркеу', ru: 'Регистрация', en: 'Registration' },
  inquorate: { kk: 'Кворум жоқ', ru: 'Нет кворума', en: 'No quorum' },
  agenda: { kk: 'Күн тәртібі', ru: 'Повестка', en: 'Agenda' },
  discussion: { kk: 'Талқылау', ru: 'Обсуждение', en: 'Discussion' },
  voting: { kk: 'Дауыс беру', ru: 'Голосование', en: 'Voting' },
  adjourned: { kk: 'Кейінге қалдырылды', ru: 'Отложено', en: 'Adjourned' },
  closed: { kk: 'Жабылды', ru: 'Закрыт', en: 'Closed' },
};

export const COUNTER_LABELS = {
  present: { kk: 'Қатысады', ru: 'Присутствуют', en: 'Present' },
  decisions: { kk: 'Шешімдер', ru: 'Решения', en: 'Decisions' },
  quorum: { kk: 'Кворум', ru: 'Кворум', en: 'Quorum' },
} as const satisfies Record<string, LocalizedText>;

/** Why a unit gives no roster. */
export const ROSTER_LABELS: Record<Extract<RosterResult, { ok: false }>['code'], LocalizedText> = {
  notCollegial: { kk: 'бұл кеңес те, алқа да емес', ru: 'это не совет и не коллегия', en: 'it is not a council or a collegium' },
  noChair: { kk: 'төрағасы жоқ', ru: 'нет председателя', en: 'no one chairs it' },
  manyChairs: { kk: 'бірнеше төраға', ru: 'больше одного председателя', en: 'more than one chair' },
};

/** What each refusal says; `{{name}}` takes `values.name` (`choice` comes in the reader's words). */
export const CODE_LABELS: Record<CouncilCode, LocalizedText> = {
  quorumNotMet: { kk: 'Кворум жоқ: {{permanent}} мүшенің {{present}} қатысады, {{needed}} қажет', ru: 'Нет кворума: присутствуют {{present}} из {{permanent}}, нужно {{needed}}', en: 'No quorum: {{present}} of {{permanent}} present, {{needed}} needed' },
  quorumLost: { kk: 'Кворум жоғалды: {{permanent}} мүшенің {{present}} қатысады, {{needed}} қажет', ru: 'Кворум утрачен: присутствуют {{present}} из {{permanent}}, нужно {{needed}}', en: 'The quorum is lost: {{present}} of {{permanent}} present, {{needed}} needed' },
  quorumNotEstablished: { kk: 'Кворум анықталмаған: {{permanent}} мүшенің {{present}} қатысады, {{needed}} қажет', ru: 'Кворум не установлен: присутствуют {{present}} из {{permanent}}, нужно {{needed}}', en: 'The quorum has not been established: {{present}} of {{permanent}} present, {{needed}} needed' },
  memberUnknown: { kk: 'Бұл органның мүшесі емес', ru: 'Не член этого органа', en: 'Not a member of this body' },
  itemAlreadyOpened: { kk: 'Бұл мәселе бұрын қаралған', ru: 'Этот вопрос уже рассматривался', en: 'This item was already put to the body' },
  itemAlreadyDecided: { kk: 'Бұл мәселе бойынша дауыс берілді', ru: 'По этому вопросу уже голосовали', en: 'This item has already been voted on' },
  invitedCannotVote: { kk: 'Шақырылғандар дауыс бермейді', ru: 'Приглашённые не голосуют', en: 'Invited participants do not vote' },
  voterNotPresent: { kk: 'Қатыспайды: тек қатысқандар дауыс береді', ru: 'Отсутствует: голосуют только присутствующие', en: 'Absent: only members present vote' },
  voteAlreadyCast: { kk: 'Дауыс берді ({{choice}}): бір мәселеге бір дауыс', ru: 'Уже проголосовал ({{choice}}): один голос по вопросу', en: 'Already voted ({{choice}}): one vote per item' },
  sessionAlreadyConvened: { kk: 'Отырыс шақырылған', ru: 'Заседание уже созвано', en: 'The session is already convened' },
  sessionNotConvened: { kk: 'Отырыс әлі шақырылмаған', ru: 'Заседание ещё не созвано', en: 'The session is not convened yet' },
  voteNotOpen: { kk: 'Дауыс беру ашылмаған', ru: 'Голосование не открыто', en: 'No vote is open' },
  voteStillOpen: { kk: 'Дауыс беру әлі жабылмаған', ru: 'Голосование ещё не закрыто', en: 'The vote is still open' },
  itemInProgress: { kk: 'Басқа мәселе қаралуда', ru: 'Рассматривается другой вопрос', en: 'Another item is on the floor' },
  itemNotOpen: { kk: 'Мәселе ашылмаған', ru: 'Вопрос не открыт', en: 'No item is on the floor' },
};

/** A member's vote, as a word. */
export const CHOICE_LABELS: Record<'for' | 'against' | 'abstain', LocalizedText> = {
  for: { kk: 'қолдап', ru: 'за', en: 'for' },
  against: { kk: 'қарсы', ru: 'против', en: 'against' },
  abstain: { kk: 'қалыс қалды', ru: 'воздержался', en: 'abstained' },
};
