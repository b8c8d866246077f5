/**
 * Printing a diagram too large for one sheet: tiles of our SVG at a scale a
 * reader can read on paper, overlapping a little so that the sheets can be
 * glued edge to edge, blank tiles left out; or one branch a sheet. Pure:
 * these plan the pages, browser.ts prints them.
 */
import { childrenIndex, descendants } from '../../models/org/queries';
import type { OrgDocument, UnitId } from '../../models/org/types';
import { svgSize, type Paper } from './browser';
import type { Box } from './scene';

/** The printable area of a landscape sheet in millimetres: the paper less 10 mm margins and a 9 mm footer. */
export const PRINTABLE_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 277, height: 181 },
  A3: { width: 400, height: 268 },
};
const PX_PER_MM = 96 / 25.4;
/** Diagram pixels to paper pixels: names print at about 7.5 pt, readable at arm's length. */
export const TILE_SCALE = 0.72;
/** Neighbouring tiles share this much, in millimetres, to glue them. */
export const OVERLAP_MM = 12;

export interface View {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PrintPage {
  /** The page's own picture; absent on a tile, which shows part of the plan's shared picture. */
  svg?: string;
  /** The part of the shared picture a tile shows, in its coordinates. */
  view?: View;
  row: number;
  col: number;
  /** Which edges a neighbouring tile overlaps (marked on the sheet). */
  overlap: { top: boolean; right: boolean; bottom: boolean; left: boolean };
  /** The overlap's width in the picture's units. */
  overlapSize: number;
}

export interface PrintPlan {
  /** The whole picture the tiles show parts of. */
  shared?: string;
  pages: PrintPage[];
}

/** The unit boxes of our SVG, in its own coordinates (svg.ts draws each unit's card as its first rect). */
export function unitBoxes(svg: string): View[] {
  const t = /<g transform="translate\((-?[\d.]+) (-?[\d.]+)\)">/.exec(svg);
  const ox = Number(t?.[1] ?? 0);
  const oy = Number(t?.[2] ?? 0);
  const out: View[] = [];
  const re = /<g class="unit"[^>]*><rect x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/g;
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    out.push({ x: Number(m[1]) + ox, y: Number(m[2]) + oy, width: Number(m[3]), height: Number(m[4]) });
  }
  return out;
}

const intersects = (a: View, b: View) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Tiles covering the picture at TILE_SCALE, each overlapping its neighbours
 * by OVERLAP_MM; a tile no card reaches is left out (the plan's pages are
 * never blank). A picture that fits one sheet is one tile.
 */
export function tilePages(svg: string, paper: Paper, scale = TILE_SCALE): PrintPlan {
  const { width, height } = svgSize(svg);
  const area = PRINTABLE_MM[paper];
  const tileW = (area.width * PX_PER_MM) / scale;
  const tileH = (area.height * PX_PER_MM) / scale;
  const ov = (OVERLAP_MM * PX_PER_MM) / scale;
  const cols = width <= tileW ? 1 : Math.ceil((width - ov) / (tileW - ov));
  const rows = height <= tileH ? 1 : Math.ceil((height - ov) / (tileH - ov));
  const boxes = unitBoxes(svg);
  const pages: PrintPage[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const view = { x: c * (tileW - ov), y: r * (tileH - ov), width: tileW, height: tileH };
      // The title sits above the first row of cards: keep the first tile even if no card reaches it.
      if (!(r === 0 && c === 0) && !boxes.some((b) => intersects(b, view))) continue;
      pages.push({ view, row: r + 1, col: c + 1, overlapSize: ov, overlap: { top: r > 0, left: c > 0, right: c < cols - 1, bottom: r < rows - 1 } });
    }
  }
  return { shared: svg, pages };
}

/**
 * One sheet for the top of the hierarchy (the roots and what answers to them
 * directly), then one per branch under the roots' direct subordinates that has
 * subordinates of its own, each fitted to its sheet. Only units drawn on the
 * canvas (in `geometry`), and within `only` when that is not empty.
 */
export function branchPages(doc: OrgDocument, geometry: readonly Box[], only: readonly UnitId[], svgOf: (ids: UnitId[]) => string): PrintPlan {
  const drawn = new Set(geometry.map((b) => b.id));
  const within = only.length > 0 ? new Set(only) : null;
  const keep = (id: UnitId) => drawn.has(id) && (within === null || within.has(id));
  const index = childrenIndex(doc);
  const roots = Object.values(doc.units).filter((u) => u.parentId === undefined || !doc.units[u.parentId]).map((u) => u.id);
  const second = roots.flatMap((r) => index.get(r) ?? []);
  const top = [...roots, ...second].filter(keep);
  const branches = second.filter((id) => keep(id) && (index.get(id)?.length ?? 0) > 0);
  const sheets: UnitId[][] = [];
  if (top.length > 0) sheets.push(top);
  for (const b of branches) sheets.push([b, ...descendants(doc, b, index)].filter(keep));
  const none = { top: false, right: false, bottom: false, left: false };
  return { pages: sheets.map((ids, i) => ({ svg: svgOf(ids), row: i + 1, col: 1, overlap: none, overlapSize: 0 })) };
}
