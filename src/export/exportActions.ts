/**
 * The export actions as plain functions of what the editor shows: the menu
 * calls them, each builds its file with the pure builders and saves it.
 */
import type { Lang } from '../../models/law/types';
import { toOrgFile } from '../../models/org/schema';
import { descendants } from '../../models/org/queries';
import { RELATION_KINDS, type OrgDocument, type RelationKind, type UnitId } from '../../models/org/types';
import { canvasMeasure, download, fileBase, printPages, printSvg, svgToPng, type Paper } from './browser';
import { branchPages, tilePages } from './tiles';
import { toDrawio } from './drawio';
import type { Box } from './scene';
import { toSvg } from './svg';

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

/** Builds and saves one file; resolves with the file name. */
export async function exportAs(format: ExportFormat, input: ExportInput): Promise<string> {
  const { doc, geometry, lang, layers, selection } = input;
  const heading = input.title ?? doc.title[lang];
  const base = fileBase(heading);
  const orgJson = () => JSON.stringify(toOrgFile(doc), null, 2);
  const svgOf = () => toSvg(doc, geometry, { lang, layers, selection, heading, measure: canvasMeasure() });
  switch (format) {
    case 'json': {
      const name = `${base}.prokuratura.json`;
      download(orgJson(), name, 'application/json');
      return name;
    }
    case 'svg': {
      const name = `${base}.svg`;
      download(svgOf(), name, 'image/svg+xml');
      return name;
    }
    case 'png': {
      const name = `${base}.png`;
      const bytes = await svgToPng(svgOf(), JSON.stringify(toOrgFile(doc)));
      download(bytes, name, 'image/png');
      return name;
    }
    case 'drawio': {
      const name = `${base}.drawio`;
      download(toDrawio(doc, geometry, lang, { layers, selection }), name, 'application/vnd.jgraph.mxfile');
      return name;
    }
  }
}

/** Prints on one sheet, tiled over sheets, or one branch a sheet. */
export function printDiagram(input: ExportInput, paper: Paper, layout: PrintLayout = 'fit', labels?: PageLabels): void {
  const { doc, geometry, lang, layers, selection } = input;
  const heading = input.title ?? doc.title[lang];
  const measure = canvasMeasure();
  if (layout === 'fit') return printSvg(toSvg(doc, geometry, { lang, layers, selection, heading, measure }), paper);
  const pages = layout === 'tiles'
    ? tilePages(toSvg(doc, geometry, { lang, layers, selection, heading, measure, legend: false }), paper)
    : branchPages(doc, geometry, selection, (ids) => toSvg(doc, geometry, { lang, layers, selection: ids, heading, measure }));
  printPages(pages, paper, labels);
}

/** The words printed on each sheet, in the reader's language. */
export interface PageLabels {
  page: (n: number, total: number) => string;
  tile: (row: number, col: number) => string;
  overlap: string;
}
