/**
 * What a teacher can put to the class before the lessons bring their own: three questions on the
 * Coordination Council (each with its answer and the provision behind it, kept on the teacher's
 * device until the reveal) and a council to role-play, the transport council of the sample
 * scenario public/scenarios/council-casting-vote.json (six permanent members: quorum 4).
 */
import type { CitationId } from '../law';
import type { CouncilVoteInput } from '../procedures/councilVote';
import type { Question } from './schema';

export interface SampleQuestion {
  question: Question;
  correct: string;
  citation: CitationId;
}

export const SAMPLE_QUESTIONS: readonly SampleQuestion[] = [
  {
    question: {
      id: 'council-quorum-9',
      kind: 'number',
      prompt: {
        kk: 'Үйлестіру кеңесінің 9 тұрақты мүшесі бар. Отырыс құқылы болу үшін кемінде нешеуі қатысуы керек?',
        ru: 'В Координационном совете 9 постоянных членов. Сколько из них должно присутствовать, чтобы заседание было правомочным?',
        en: 'A Coordination Council has 9 permanent members. How many must be present for the session to be quorate?',
      },
    },
    correct: '6',
    citation: 'council.quorum',
  },
  {
    question: {
      id: 'council-invited-vote',
      kind: 'choice',
      prompt: {
        kk: 'Кеңес отырысына шақырылған өкілдер дауыс бере ме?',
        ru: 'Голосуют ли на заседании Совета приглашённые представители?',
        en: 'Do invited representatives vote at a Council session?',
      },
      options: [
        { id: 'yes', label: { kk: 'Иә, тұрақты мүшелермен тең', ru: 'Да, наравне с постоянными членами', en: 'Yes, as the permanent members do' } },
        { id: 'no', label: { kk: 'Жоқ, тек талқылауға қатысады', ru: 'Нет, только участвуют в обсуждении', en: 'No, they only take part in discussion' } },
      ],
    },
    correct: 'no',
    citation: 'council.invited',
  },
  {
    question: {
      id: 'council-chair',
      kind: 'choice',
      prompt: {
        kk: 'Республикалық Үйлестіру кеңесіне кім төрағалық етеді?',
        ru: 'Кто возглавляет республиканский Координационный совет?',
        en: 'Who chairs the republican Coordination Council?',
      },
      options: [
        { id: 'gp', label: { kk: 'Бас Прокурор', ru: 'Генеральный Прокурор', en: 'The General Prosecutor' } },
        { id: 'justice', label: { kk: 'Әділет министрі', ru: 'Министр юстиции', en: 'The Minister of Justice' } },
        { id: 'nsc', label: { kk: 'ҰҚК Төрағасы', ru: 'Председатель КНБ', en: 'The Chairman of the NSC' } },
      ],
    },
    correct: 'gp',
    citation: 'council.composition',
  },
];

export const SAMPLE_COUNCIL: CouncilVoteInput = {
  "startDate": "2025-09-11",
  "body": {
    "kind": "coordinationCouncil",
    "level": "transport",
    "chairId": "transport-chief",
    "permanentMembers": [
      "transport-chief",
      "agency-mvd-transport",
      "agency-knb-transport",
      "agency-railways",
      "agency-civil-aviation",
      "agency-customs"
    ],
    "names": {
      "transport-chief": {
        "kk": "Бас көлік прокуратурасы",
        "ru": "Главная транспортная прокуратура",
        "en": "Chief Transport Prosecutor's Office"
      },
      "agency-mvd-transport": {
        "kk": "Көліктегі полиция департаменті",
        "ru": "Департамент полиции на транспорте",
        "en": "Transport Police Department"
      },
      "agency-knb-transport": {
        "kk": "ҰҚК көлік бөлімшесі",
        "ru": "Подразделение КНБ на транспорте",
        "en": "NSC Transport Unit"
      },
      "agency-railways": {
        "kk": "Темір жол көлігі комитеті",
        "ru": "Комитет железнодорожного транспорта",
        "en": "Railway Transport Committee"
      },
      "agency-civil-aviation": {
        "kk": "Азаматтық авиация комитеті",
        "ru": "Комитет гражданской авиации",
        "en": "Civil Aviation Committee"
      },
      "agency-customs": {
        "kk": "Мемлекеттік кірістер комитеті",
        "ru": "Комитет государственных доходов",
        "en": "State Revenue Committee"
      }
    }
  }
};
