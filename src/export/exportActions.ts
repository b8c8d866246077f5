/**
 * The export actions as plain functions of what the editor shows: the menu
 * calls them, each builds its file with the pure builders and saves it.
 */
import type { Lang } from '../../models/law/types';
import { toOrgFile } from '../../models/org/schema';
import { RELATION_KINDS, type OrgDocument, type RelationKind, type UnitId } from '../../models/org/types';
import { canvasMeasure, download, fileBase, printSvg, svgToPng, type Paper } from './browser';
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
  const base = fileBase(doc.title[lang]);
  const orgJson = () => JSON.stringify(toOrgFile(doc), null, 2);
  switch (format) {
    case 'json': {
      const name = `${base}.prokuratura.json`;
      download(orgJson(), name, 'application/json');
      return name;
    }
    case 'svg': {
      const name = `${base}.svg`;
      download(toSvg(doc, geometry, { lang, layers, selection, measure: canvasMeasure() }), name, 'image/svg+xml');
      return name;
    }
    case 'png': {
      const name = `${base}.png`;
      const bytes = await svgToPng(toSvg(doc, geometry, { lang, layers, selection, measure: canvasMeasure() }), JSON.stringify(toOrgFile(doc)));
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

export function printDiagram(input: ExportInput, paper: Paper): void {
  const { doc, geometry, lang, layers, selection } = input;
  printSvg(toSvg(doc, geometry, { lang, layers, selection, measure: canvasMeasure() }), paper);
}
