/** The complaint's words in kk, ru, en: events, states, refusal codes, input fields and options. */
import type { LocalizedText } from '../../law/types';
import { TIME_EVENT_LABELS } from '../core/input';
import type { ComplaintEventType } from './schema';

export const EVENT_LABELS: Record<ComplaintEventType, LocalizedText> = {
  'term.restore': { kk: 'Мерзімді қалпына келтіру', ru: 'Восстановить срок', en: 'Restore the term' },
  'complaint.file': { kk: 'Шағым беру', ru: 'Подать жалобу', en: 'File the complaint' },
  'complaint.decide': { kk: 'Жоғары тұрған прокурордың шешімі', ru: 'Решение вышестоящего прокурора', en: 'The higher prosecutor decides' },
  'court.file': { kk: 'Сотқа шағымдану', ru: 'Обжаловать в суд', en: 'Go to court' },
  'court.rule': { kk: 'Сот шешімі', ru: 'Решение суда', en: 'Court ruling' },
  ...TIME_EVENT_LABELS,
};

export const STATE_LABELS: Record<string, LocalizedText> = {
  draft: { kk: 'Берілмеген', ru: 'Не подана', en: 'Not filed' },
  filed: { kk: 'Қарауда', ru: 'На рассмотрении', en: 'Filed' },
  decided: { kk: 'Шешілді', ru: 'Решена', en: 'Decided' },
  upheld: { kk: 'Қанағаттандырылды', ru: 'Удовлетворена', en: 'Upheld' },
  partiallyUpheld: { kk: 'Ішінара қанағаттандырылды', ru: 'Удовлетворена частично', en: 'Partially upheld' },
  rejected: { kk: 'Қанағаттандырылмады', ru: 'Отклонена', en: 'Rejected' },
  notDecided: { kk: 'Мерзімінде шешілмеді', ru: 'Не решена в срок', en: 'Not decided in time' },
  inCourt: { kk: 'Сотта', ru: 'В суде', en: 'In court' },
  closed: { kk: 'Жабылды', ru: 'Закрыта', en: 'Closed' },
};

export const CODE_LABELS: Record<string, LocalizedText> = {
  filingTermMissed: { kk: 'Үш ай {{fileBy}} бітті ({{learnedOn}} білген); мерзім қалпына келтірілмеген', ru: 'Три месяца истекли {{fileBy}} (узнал {{learnedOn}}); срок не восстановлен', en: 'The three months ended on {{fileBy}} (learned on {{learnedOn}}); the term was not restored' },
  termNotMissed: { kk: 'Мерзім өтпеген ({{fileBy}} дейін): қалпына келтірудің қажеті жоқ', ru: 'Срок не пропущен (до {{fileBy}}): восстанавливать нечего', en: 'The term is not missed (until {{fileBy}}): nothing to restore' },
  termAlreadyRestored: { kk: 'Мерзім {{on}} қалпына келтірілген', ru: 'Срок уже восстановлен {{on}}', en: 'The term was restored on {{on}}' },
  alreadyFiled: { kk: 'Шағым {{filedOn}} берілген', ru: 'Жалоба уже подана {{filedOn}}', en: 'Already filed on {{filedOn}}' },
  notFiled: { kk: 'Шағым берілмеген', ru: 'Жалоба не подана', en: 'The complaint is not filed' },
  decisionTermPassed: { kk: 'Жиырма жұмыс күні {{decideBy}} бітті', ru: 'Двадцать рабочих дней истекли {{decideBy}}', en: 'The twenty working days ended on {{decideBy}}' },
  alreadyDecided: { kk: 'Шағым шешілген', ru: 'Жалоба уже решена', en: 'Already decided' },
  claimBeforeDecision: { kk: 'Сотқа жоғары тұрған прокурордың шешімінен не мерзімі өткеннен кейін', ru: 'В суд — после решения вышестоящего прокурора или истечения срока', en: 'Court comes after the higher prosecutor\'s decision or the end of the term' },
  claimAfterUpheld: { kk: 'Шағым қанағаттандырылды: сотқа шағымданатын ештеңе жоқ', ru: 'Жалоба удовлетворена: обжаловать нечего', en: 'Upheld: nothing to take to court' },
  alreadyInCourt: { kk: 'Сотқа {{courtFiledOn}} берілген', ru: 'Уже подано в суд {{courtFiledOn}}', en: 'Already in court since {{courtFiledOn}}' },
  notInCourt: { kk: 'Іс сотта емес', ru: 'Дело не в суде', en: 'Nothing is before the court' },
};

export const FIELD_LABELS = {
  startDate: { kk: 'Басталу күні', ru: 'Дата начала', en: 'Start date' },
  learnedOn: { kk: 'Акт туралы білген күні', ru: 'Дата, когда узнал об акте', en: 'Learned of the act on' },
  role: { kk: 'Қарайтын жоғары тұрған прокурор', ru: 'Вышестоящий прокурор', en: 'Higher prosecutor' },
} satisfies Record<string, LocalizedText>;

export const OUTCOME_LABELS: Record<string, LocalizedText> = {
  upheld: { kk: 'қанағаттандырылды', ru: 'удовлетворена', en: 'upheld' },
  partiallyUpheld: { kk: 'ішінара қанағаттандырылды', ru: 'удовлетворена частично', en: 'partially upheld' },
  rejected: { kk: 'қанағаттандырылмады', ru: 'отклонена', en: 'rejected' },
  actUnlawful: { kk: 'акт заңсыз деп танылды', ru: 'акт признан незаконным', en: 'the act is unlawful' },
  claimDismissed: { kk: 'талап қанағаттандырылмады', ru: 'в иске отказано', en: 'claim dismissed' },
};

export const VIEW_LABELS = {
  fileBy: { kk: 'Шағым беру мерзімі (3 ай)', ru: 'Срок подачи жалобы (3 месяца)', en: 'Filing term (3 months)' },
  decideBy: { kk: 'Қарау мерзімі (20 жұмыс күні)', ru: 'Срок рассмотрения (20 раб. дн.)', en: 'Review term (20 working days)' },
  used: { kk: 'Өткен жұмыс күні', ru: 'Прошло раб. дн.', en: 'Working days used' },
} satisfies Record<string, LocalizedText>;
