/**
 * What a stop shows, resolved against a document. Stops are bound to unit ids, so a stop survives
 * edits, a re-layout and an edition switch; a unit that is gone is reported, never thrown over.
 */
import { isExternalKind } from '../org/kinds';
import { ancestors, getUnit } from '../org/queries';
import type { OrgDocument, RelationId, RelationKind, UnitId } from '../org/types';
import type { LessonStop, OrgView } from './types';

/** The relation kinds a stop draws when it names none: the tree alone (a lit path adds its own relations). */
export const DEFAULT_LAYERS: readonly RelationKind[] = ['subordination'];

export interface ResolvedOrgView {
  /** Units drawn at this stop. */
  visible: Set<UnitId>;
  /**
   * Units below a collapsed unit: left out of the layout. Every other unit is laid out whatever the
   * stop reveals, so that stepping between stops of one picture moves no card.
   */
  collapsedAway: Set<UnitId>;
  /** Focus units that exist (the camera's target); empty: the whole picture. */
  focus: UnitId[];
  /** Units on the lit path, in order from the path's first end. */
  litUnits: UnitId[];
  /** Relations on the lit path (appointment, consent) besides the tree edges between lit units. */
  litRelations: RelationId[];
  /** The relation kinds drawn in full (subordination always). */
  layers: RelationKind[];
  /** The relations drawn: of the layers or lit, with both ends visible. */
  relations: RelationId[];
  /** Ids the stop names that the document does not hold. */
  missing: UnitId[];
}

/** Every unit id a view names (focus, path, collapsed). */
export function unitsNamed(view: OrgView): UnitId[] {
  return [...(view.focus ?? []), ...(view.path ?? []), ...(view.collapsed ?? [])];
}

/** The units a stop names that are not in the document (an empty list: the stop plays as recorded). */
export function missingUnits(stop: LessonStop, doc: OrgDocument): UnitId[] {
  if (stop.view.kind !== 'org') return [];
  return [...new Set(unitsNamed(stop.view).filter((id) => !getUnit(doc, id)))];
}

/** Subordination level: 0 at a root of the tree and for external units. */
function levelOf(doc: OrgDocument, id: UnitId): number {
  return ancestors(doc, id).length;
}

/**
 * Resolves an org view against a document.
 * @example
 * const r = resolveOrgView({ kind: 'org', template: 'kazakhstan', reveal: 2 }, doc);
 * r.visible.has('oblast-almaty-city') // true; r.missing // []
 */
export function resolveOrgView(view: OrgView, doc: OrgDocument): ResolvedOrgView {
  const missing = [...new Set(unitsNamed(view).filter((id) => !getUnit(doc, id)))];
  const focus = (view.focus ?? []).filter((id) => getUnit(doc, id));
  const layers = view.layers ? [...new Set<RelationKind>(['subordination', ...view.layers])] : [...DEFAULT_LAYERS];
  const drawn = new Set(layers);

  // Collapsed: everything below a collapsed unit is hidden.
  const hiddenBelow = new Set(view.collapsed ?? []);
  const visible = new Set<UnitId>();
  const collapsedAway = new Set<UnitId>();
  for (const unit of Object.values(doc.units)) {
    const up = ancestors(doc, unit.id);
    if (up.some((a) => hiddenBelow.has(a))) {
      collapsedAway.add(unit.id);
      continue;
    }
    if (isExternalKind(unit.kind)) continue;
    if (view.reveal !== undefined && up.length >= view.reveal) continue;
    visible.add(unit.id);
  }

  // Lit path: the subordination chain between the two ends, and any relation joining them directly.
  const litUnits: UnitId[] = [];
  const litRelations: RelationId[] = [];
  if (view.path && getUnit(doc, view.path[0]) && getUnit(doc, view.path[1])) {
    const [a, b] = view.path;
    const upFromB = ancestors(doc, b);
    const upFromA = ancestors(doc, a);
    if (upFromB.includes(a)) litUnits.push(...[b, ...upFromB.slice(0, upFromB.indexOf(a) + 1)].reverse());
    else if (upFromA.includes(b)) litUnits.push(a, ...upFromA.slice(0, upFromA.indexOf(b) + 1));
    else litUnits.push(a, b);
    for (const r of doc.relations) {
      const joins = (r.from === a && r.to === b) || (r.from === b && r.to === a);
      if (!joins) continue;
      litRelations.push(r.id);
      if (r.consentOf && getUnit(doc, r.consentOf)) litUnits.push(r.consentOf);
    }
    for (const id of litUnits) visible.add(id);
  }
  for (const id of focus) visible.add(id);

  // External units (President, Senate, agencies) appear when a drawn relation joins them to the picture.
  const lit = new Set(litRelations);
  for (const r of doc.relations) {
    if (!drawn.has(r.kind) && !lit.has(r.id)) continue;
    const ends = [r.from, r.to, ...(r.consentOf ? [r.consentOf] : [])];
    if (!ends.some((id) => visible.has(id) && !isExternalKind(getUnit(doc, id)?.kind ?? 'oblast'))) continue;
    for (const id of ends) {
      const u = getUnit(doc, id);
      if (u && isExternalKind(u.kind)) visible.add(id);
    }
  }
  const relations = doc.relations.filter((r) => (drawn.has(r.kind) || lit.has(r.id)) && visible.has(r.from) && visible.has(r.to)).map((r) => r.id);
  return { visible, collapsedAway, focus, litUnits, litRelations, layers: [...drawn], relations, missing };
}

/** The deepest subordination level in the document plus one: the number of reveal steps. */
export function revealLevels(doc: OrgDocument): number {
  let max = 0;
  for (const id of Object.keys(doc.units)) max = Math.max(max, levelOf(doc, id));
  return max + 1;
}
