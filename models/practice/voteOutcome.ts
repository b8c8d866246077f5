/**
 * voteOutcome: a council's or collegium's roster, who came and how they voted: quorate? adopted?
 * Graded by councilVote's isQuorate and tally with the body's rules, the functions the meeting
 * view and the machine use.
 */
import type { CitationId } from '../law';
import type { LocalizedText } from '../law/types';
import { DEFAULT_RULES, MAJORITY_LABELS, isQuorate, majorityCitation, quorumCitation, quorumNeeded, tally, type Choice } from '../procedures/councilVote/tally';
import type { UnitId } from '../org/types';
import { nationalDocument, unitNames } from './org';
import { createRng } from './prng';
import type { Difficulty, GenerateOptions, Grade, GradeLine, KindModule, VoteMember, VoteOutcomeAnswer, VoteOutcomeExercise } from './types';

/** The councils and collegia of the template with their members, for real names on the roster. */
function bodies(): { id: UnitId; kind: 'coordinationCouncil' | 'collegium'; members: UnitId[] }[] {
  const doc = nationalDocument();
  const out: { id: UnitId; kind: 'coordinationCouncil' | 'collegium'; members: UnitId[] }[] = [];
  for (const u of Object.values(doc.units)) {
    if (u.kind !== 'coordinationCouncil' && u.kind !== 'collegium') continue;
    const chairs = doc.relations.filter((r) => r.kind === 'councilChair' && r.to === u.id).map((r) => r.from);
    const members = doc.relations.filter((r) => r.kind === 'councilMember' && r.to === u.id && !r.invited).map((r) => r.from);
    const all = [...new Set([...chairs, ...members])];
    if (all.length >= 4) out.push({ id: u.id, kind: u.kind, members: all });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The body's rules in words, for the prompt and the explanation: the majority by its label (never
 * its id), the chair's casting vote, the quorum as a fraction.
 * @example voteRulesText({ quorum: { num: 2, den: 3 }, majority: 'ofPresent', chairCastingVote: false }).en
 * // 'A majority of the permanent members present (…); quorum: 2/3 of the permanent members'
 */
export function voteRulesText(rules: VoteOutcomeExercise['rules']): LocalizedText {
  const m = MAJORITY_LABELS[rules.majority];
  const q = rules.quorum;
  return {
    kk: `${m.kk}${rules.chairCastingVote ? '; дауыс тең болса, төрағаның дауысы шешеді' : ''}` +
      `${q ? `; кворум: тұрақты мүшелердің ${q.num}/${q.den}` : ''}`,
    ru: `${m.ru}${rules.chairCastingVote ? '; при равенстве голосов решает голос председателя' : ''}` +
      `${q ? `; кворум: ${q.num}/${q.den} постоянных членов` : ''}`,
    en: `${m.en}${rules.chairCastingVote ? '; on a tie the chair\'s vote decides' : ''}` +
      `${q ? `; quorum: ${q.num}/${q.den} of the permanent members` : ''}`,
  };
}

/** The result by the body's rules: the one computation of this kind. */
export function outcome(ex: Pick<VoteOutcomeExercise, 'members' | 'rules' | 'chairId'>) {
  const present = ex.members.filter((m) => m.present);
  const quorate = isQuorate(present.length, ex.members.length, ex.rules.quorum);
  const votes: Choice[] = present.flatMap((m) => (m.vote ? [m.vote] : []));
  const chairVote = ex.members.find((m) => m.id === ex.chairId && m.present)?.vote;
  const t = tally(votes, present.length, ex.members.length, ex.rules.majority, ex.rules.chairCastingVote, chairVote);
  return { quorate, adopted: quorate && t.adopted, tally: t, needed: quorumNeeded(ex.members.length, ex.rules.quorum), present: present.length };
}

function generate(seed: number, options: GenerateOptions = {}): VoteOutcomeExercise {
  const rng = createRng(`voteOutcome:${seed}`);
  const difficulty = options.difficulty ?? (rng.int(1, 3) as Difficulty);
  const all = bodies();
  const pool = difficulty === 1 ? all.filter((b) => b.kind === 'coordinationCouncil') : all;
  const body = rng.pick(pool.length ? pool : all);
  const size = Math.min(body.members.length, rng.int(5, 11));
  const ids = [body.members[0], ...rng.shuffle(body.members.slice(1)).slice(0, size - 1)];
  const defaults = DEFAULT_RULES[body.kind];
  const rules = {
    quorum: defaults.quorum,
    majority: difficulty === 3 && rng.chance(0.4) ? rng.pick(['ofPresent', 'ofVotesCast', 'ofTotal'] as const) : defaults.majority,
    chairCastingVote: difficulty === 3 ? rng.chance(0.5) : defaults.chairCastingVote,
  };
  // Attendance near the quorum line, votes near the majority line: the interesting cases.
  const needed = quorumNeeded(ids.length, rules.quorum);
  const presentCount = Math.max(1, Math.min(ids.length, needed + rng.int(-1, 2)));
  const presentIds = new Set(rng.shuffle(ids).slice(0, presentCount));
  const forShare = rng.next() * 0.5 + 0.25;
  const members: VoteMember[] = ids.map((id) => {
    if (!presentIds.has(id)) return { id, present: false };
    const r = rng.next();
    const vote: Choice = r < forShare ? 'for' : r < forShare + (1 - forShare) * 0.7 ? 'against' : 'abstain';
    return { id, present: true, vote };
  });
  const chairId = body.members[0];
  const res = outcome({ members, rules, chairId });
  const n = unitNames(body.id);
  const citation: CitationId = res.quorate ? majorityCitation(body.kind) : quorumCitation(body.kind);
  return {
    id: `voteOutcome-${seed}`,
    kind: 'voteOutcome',
    seed,
    difficulty,
    theme: 7,
    questions: ['q7.5', 'q7.7'],
    prompt: {
      kk: `${n.kk}: ${ids.length} тұрақты мүшенің ${presentCount} келді, дауыстар төменде. Отырыс заңды ма (кворум бар ма)? Шешім қабылданды ма?`,
      ru: `${n.ru}: из ${ids.length} постоянных членов пришли ${presentCount}, голоса ниже. Правомочно ли заседание (есть ли кворум)? Принято ли решение?`,
      en: `${n.en}: ${presentCount} of ${ids.length} permanent members came; the votes are below. Is the meeting quorate? Is the decision adopted?`,
    },
    citation,
    body: body.kind,
    chairId,
    members,
    rules,
    answer: { quorate: res.quorate, adopted: res.adopted },
  };
}

function grade(ex: VoteOutcomeExercise, answer: unknown): Grade {
  const res = outcome(ex);
  const a = (answer ?? {}) as Partial<VoteOutcomeAnswer>;
  const correct = a.quorate === res.quorate && a.adopted === res.adopted;
  const lines: GradeLine[] = [];
  const qc = quorumCitation(ex.body);
  lines.push({
    text: ex.rules.quorum
      ? {
          kk: `Келгені ${res.present} / ${ex.members.length}, кворумға ${res.needed} керек: ${res.quorate ? 'кворум бар' : 'кворум жоқ'}`,
          ru: `Присутствуют ${res.present} из ${ex.members.length}, для кворума нужно ${res.needed}: ${res.quorate ? 'кворум есть' : 'кворума нет'}`,
          en: `Present ${res.present} of ${ex.members.length}, the quorum needs ${res.needed}: ${res.quorate ? 'quorate' : 'not quorate'}`,
        }
      : { kk: 'Алқада бөлек кворум жоқ', ru: 'Отдельного кворума у коллегии нет', en: 'A collegium has no separate quorum' },
    citation: qc,
  });
  if (res.quorate) {
    const t = res.tally;
    const words = MAJORITY_LABELS[ex.rules.majority];
    lines.push({
      text: {
        kk: `Жақтағаны ${t.for}, қарсы ${t.against}, қалыс ${t.abstain}; қажеті ${t.needed} (${words.kk})${t.tie ? ', дауыс тең' : ''}: ${res.adopted ? 'қабылданды' : 'қабылданбады'}`,
        ru: `За ${t.for}, против ${t.against}, воздержались ${t.abstain}; нужно ${t.needed} (${words.ru})${t.tie ? ', поровну' : ''}: ${res.adopted ? 'принято' : 'не принято'}`,
        en: `For ${t.for}, against ${t.against}, abstained ${t.abstain}; needed ${t.needed} (${words.en})${t.tie ? ', a tie' : ''}: ${res.adopted ? 'adopted' : 'not adopted'}`,
      },
      citation: majorityCitation(ex.body),
    });
  }
  return { correct, citation: res.quorate ? majorityCitation(ex.body) : qc, lines, show: { kind: 'org', template: 'kazakhstan', focus: ex.members.map((m) => m.id) } };
}

function perturb(ex: VoteOutcomeExercise): VoteOutcomeAnswer {
  return ex.answer.quorate ? { quorate: true, adopted: !ex.answer.adopted } : { quorate: true, adopted: false };
}

export const voteOutcome: KindModule<VoteOutcomeExercise> = { kind: 'voteOutcome', generate, grade, perturb };
