/**
 * What an export is made of — the format, the units, the layers shown — kept
 * apart from the builders, so the toolbar's menu loads without them and
 * fetches the builders only when a file is asked for.
 */
import type { Lang } from '../../models/law/types';
import { descendants } from '../../models/org/queries';
import { RELATION_KINDS, type OrgDocument, type RelationKind, type UnitId } from '../../models/org/types';
import type { Box } from './scene';

export type ExportFormat = 'png' | 'svg' | 'json' | 'drawio';

export interface ExportInput {
  doc: OrgDocument;
  geometry: Box[];
  lang: Lang;
  layers: ReadonlySet<RelationKind>;
  /** Only these units; empty: the whole diagram. */
  selection: readonly UnitId[];
  /** The document's name as the documents chip shows it: the picture's title and the file's name. */
  title?: string;
}

export type PrintLayout = 'fit' | 'tiles' | 'branches';

/** The selected units with everything under them: "selection only" exports a branch from its root. */
export function withSubtrees(doc: OrgDocument, ids: readonly UnitId[]): UnitId[] {
  const out = new Set<UnitId>();
  for (const id of ids) {
    if (!doc.units[id]) continue;
    out.add(id);
    for (const d of descendants(doc, id)) out.add(d);
  }
  return [...out];
}

/** What the canvas shows when no layer panel can be read: the editor's default layers. */
const FALLBACK_LAYERS: readonly RelationKind[] = ['subordination', 'accountability'];

/**
 * The relation kinds the user has switched on in the layers panel (its
 * checkboxes carry `data-layer`); the editor keeps that choice in its own
 * state, so the panel is where export can read it.
 */
export function visibleLayers(root: ParentNode = document): ReadonlySet<RelationKind> {
  const boxes = [...root.querySelectorAll<HTMLInputElement>('[data-testid=layers] input[data-layer]')];
  if (boxes.length === 0) return new Set(FALLBACK_LAYERS);
  const known = new Set<string>(RELATION_KINDS);
  return new Set(boxes.filter((b) => b.checked && known.has(b.dataset.layer ?? '')).map((b) => b.dataset.layer as RelationKind));
}

