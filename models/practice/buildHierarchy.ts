/**
 * buildHierarchy: a scrambled set of units from the national template, each to be put under a
 * superior. Graded by the placement rules of models/org (the same findings the editor shows): a
 * placement is right when the rules find nothing wrong with it, and each wrong one is explained
 * by its finding.
 */
import { KINDS, isAllowedUnder } from '../org/kinds';
import { validate } from '../org/rules';
import type { OrgDocument, UnitId } from '../org/types';
import { nationalDocument, unitNames } from './org';
import { createRng } from './prng';
import type { BuildHierarchyExercise, Difficulty, GenerateOptions, Grade, GradeLine, KindModule } from './types';

/** The rules that judge where a unit stands. */
export const PLACEMENT_RULES = ['noCycles', 'kindPlacement', 'councilsOnlyAtLevels', 'kindAttributes'] as const;

const COUNT: Record<Difficulty, number> = { 1: 3, 2: 5, 3: 7 };

/** The template with the proposed superiors put in. */
export function placed(doc: OrgDocument, placement: Readonly<Record<UnitId, UnitId>>): OrgDocument {
  const units = { ...doc.units };
  for (const [id, parentId] of Object.entries(placement)) {
    const u = units[id];
    if (u) units[id] = { ...u, parentId };
  }
  return { ...doc, units };
}

/** The placement findings about the given units in a document. */
export function placementFindings(doc: OrgDocument, unitIds: readonly UnitId[]) {
  const set = new Set(unitIds);
  return validate(doc, { only: PLACEMENT_RULES }).filter((f) => f.severity === 'error' && f.units.some((u) => set.has(u)));
}

function movable(doc: OrgDocument): UnitId[] {
  return Object.values(doc.units)
    .filter((u) => u.parentId !== undefined && u.kind !== 'gpoPost')
    .map((u) => u.id)
    .sort();
}

function hasWrongOption(doc: OrgDocument, units: readonly UnitId[], parents: readonly UnitId[]): boolean {
  return units.some((u) => {
    const unit = doc.units[u];
    return unit !== undefined && parents.some((p) => { const pk = doc.units[p]?.kind; return pk !== undefined && !isAllowedUnder(unit.kind, pk); });
  });
}

function generate(seed: number, options: GenerateOptions = {}): BuildHierarchyExercise {
  const rng = createRng(`buildHierarchy:${seed}`);
  const difficulty = options.difficulty ?? (rng.int(1, 3) as Difficulty);
  const doc = nationalDocument();
  const pool = movable(doc);
  for (;;) {
    const units = rng.shuffle(pool).slice(0, COUNT[difficulty]);
    const answer: Record<UnitId, UnitId> = {};
    for (const u of units) answer[u] = doc.units[u]?.parentId as UnitId;
    const kinds = new Set(Object.values(answer).map((p) => doc.units[p]?.kind));
    if (kinds.size < 2) continue;
    const parents = rng.shuffle([...new Set([...Object.values(answer), 'gpo'])]);
    if (!hasWrongOption(doc, units, parents)) continue;
    if (placementFindings(placed(doc, answer), units).length > 0) continue;
    return {
      id: `buildHierarchy-${seed}`,
      kind: 'buildHierarchy',
      seed,
      difficulty,
      theme: 2,
      questions: ['q2.1', 'q2.4'],
      prompt: {
        kk: 'Әр бөлімшені өзінің жоғары тұрған органының астына қойыңыз (заң рұқсат ететін орынға).',
        ru: 'Поставьте каждое подразделение под вышестоящий орган, который допускает закон.',
        en: 'Put each unit under a superior the law allows for it.',
      },
      citation: KINDS[doc.units[units[0]]?.kind ?? 'oblast'].citation,
      template: 'kazakhstan',
      units,
      parents,
      answer,
    };
  }
}

function asPlacement(answer: unknown): Record<UnitId, UnitId> {
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return {};
  const out: Record<UnitId, UnitId> = {};
  for (const [k, v] of Object.entries(answer as Record<string, unknown>)) if (typeof v === 'string' && v !== '') out[k] = v;
  return out;
}

function grade(ex: BuildHierarchyExercise, answer: unknown): Grade {
  const doc = nationalDocument();
  const given = asPlacement(answer);
  const lines: GradeLine[] = [];
  const missing = ex.units.filter((u) => given[u] === undefined);
  for (const u of missing) {
    const n = unitNames(u);
    lines.push({ text: { kk: `${n.kk} орнына қойылмады`, ru: `${n.ru}: место не выбрано`, en: `${n.en} was not placed` }, units: [u] });
  }
  const placement: Record<UnitId, UnitId> = {};
  for (const u of ex.units) if (given[u] !== undefined) placement[u] = given[u];
  const findings = placementFindings(placed(doc, placement), ex.units);
  for (const f of findings) lines.push({ text: f.message, citation: f.citation, code: f.code, units: f.units });
  const correct = missing.length === 0 && findings.length === 0;
  const citation = findings[0]?.citation ?? ex.citation;
  if (correct) {
    lines.push({ text: { kk: 'Барлық бөлімше заң рұқсат еткен орында', ru: 'Каждое подразделение на допустимом законом месте', en: 'Every unit stands where the law allows' }, citation });
  }
  const focus = [...new Set([...ex.units, ...Object.values(ex.answer)])];
  return { correct, citation, lines, show: { kind: 'org', template: 'kazakhstan', focus } };
}

function perturb(ex: BuildHierarchyExercise, seed: number): Record<UnitId, UnitId> {
  const rng = createRng(`buildHierarchy:perturb:${seed}`);
  const doc = nationalDocument();
  const choices: [UnitId, UnitId][] = [];
  for (const u of ex.units) {
    const kind = doc.units[u]?.kind;
    for (const p of ex.parents) {
      const pk = doc.units[p]?.kind;
      if (kind && pk && !isAllowedUnder(kind, pk)) choices.push([u, p]);
    }
  }
  const [u, p] = rng.pick(choices);
  return { ...ex.answer, [u]: p };
}

export const buildHierarchy: KindModule<BuildHierarchyExercise> = { kind: 'buildHierarchy', generate, grade, perturb };
