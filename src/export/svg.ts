/**
 * Our own SVG of the diagram: family-coloured cards with the kind and the
 * wrapped name, the subordination tree as orthogonal lines, the other
 * relations in their dashed styles, a legend, and the org file embedded in
 * `<metadata>` (base64, so no content can close it) so that opening the
 * picture restores the document. Pure: runs in Node as well as the browser.
 */
import { kindLabel } from '../../models/org/kinds';
import type { Lang } from '../../models/law/types';
import { toOrgFile } from '../../models/org/schema';
import type { OrgDocument, RelationKind, UnitId } from '../../models/org/types';
import { en } from '../i18n/locales/en';
import { kk } from '../i18n/locales/kk';
import { ru } from '../i18n/locales/ru';
import { edgeStyle } from '../editor/diagram/toFlow';
import { SVG_META_ELEMENT, SVG_META_NS } from './meta';
import { buildScene, cardStyle, STACK_IN_Y, STACK_OUT_X, type Box, type SceneEdge } from './scene';
import { estimateWidth, truncate, wrapText, type TextMeasure } from './wrap';
import { utf8ToBase64, xmlEscape } from './xml';

export { SVG_META_ELEMENT, SVG_META_NS } from './meta';

export interface SvgOptions {
  lang: Lang;
  layers: ReadonlySet<RelationKind> | readonly RelationKind[];
  /** Only these units; empty or absent: the whole diagram. */
  selection?: readonly UnitId[];
  /** Draw the document's title above the diagram (default true). */
  title?: boolean;
  /** The title to draw (default: the document's title in `lang`); the documents chip's name. */
  heading?: string;
  /** Draw a legend of the relation kinds shown (default true). */
  legend?: boolean;
  /** Measures text for line breaking (the browser's canvas); default: a per-character estimate. */
  measure?: TextMeasure;
}

export const FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const MARGIN = 24;
const TITLE_H = 40;
const LEGEND_ROW = 20;
const TITLE_SIZE = 20;
const RELATION_LABELS = { kk: kk.relation, ru: ru.relation, en: en.relation } as const;

const n = (v: number) => String(Math.round(v * 10) / 10);

/** The SVG document as a string (UTF-8, with an XML declaration). */
export function toSvg(doc: OrgDocument, geometry: readonly Box[], opts: SvgOptions): string {
  const scene = buildScene(doc, geometry, opts);
  const byId = new Map(scene.boxes.map((b) => [b.id, b]));
  const kinds = [...new Set(scene.edges.map((e) => e.kind))];
  const showTitle = opts.title ?? true;
  const showLegend = (opts.legend ?? true) && kinds.length > 0;
  const { bounds } = scene;
  const top = showTitle ? TITLE_H : 0;
  const legendH = showLegend ? 16 + LEGEND_ROW * Math.ceil(kinds.length / 3) : 0;
  const title = opts.heading ?? doc.title[opts.lang];
  // The picture is at least as wide as its title: a branch exported alone is narrower than its name.
  const titleWidth = showTitle ? Math.ceil((opts.measure ?? estimateWidth)(title, TITLE_SIZE, true)) + 8 : 0;
  const width = Math.max(bounds.width, showLegend ? 640 : 0, 200, titleWidth) + 2 * MARGIN;
  const height = bounds.height + top + legendH + 2 * MARGIN;
  const ox = MARGIN - bounds.x;
  const oy = MARGIN + top - bounds.y;

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${xmlEscape(FONT_FAMILY)}">`,
  );
  out.push(`<title>${xmlEscape(title)}</title>`);
  out.push(
    `<metadata><pk:${SVG_META_ELEMENT} xmlns:pk="${SVG_META_NS}" encoding="base64" format="prokuratura.org">${utf8ToBase64(JSON.stringify(toOrgFile(doc)))}</pk:${SVG_META_ELEMENT}></metadata>`,
  );
  out.push(markers(kinds));
  out.push(`<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`);
  if (showTitle) {
    out.push(`<text x="${MARGIN}" y="${MARGIN + 18}" font-size="${TITLE_SIZE}" font-weight="700" fill="#0f172a">${xmlEscape(title)}</text>`);
  }
  out.push(`<g transform="translate(${n(ox)} ${n(oy)})">`);
  out.push('<g class="edges" fill="none">');
  for (const e of scene.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (s && t) out.push(edgeSvg(e, s, t));
  }
  out.push('</g>');
  out.push('<g class="units">');
  for (const b of scene.boxes) out.push(cardSvg(doc, b, opts.lang, opts.measure ?? estimateWidth));
  out.push('</g>');
  out.push('</g>');
  if (showLegend) out.push(legendSvg(kinds, opts.lang, MARGIN, height - MARGIN - legendH + 16));
  out.push('</svg>');
  return out.join('\n');
}

function markers(kinds: readonly RelationKind[]): string {
  const defs = kinds
    .filter((k) => k !== 'subordination')
    .map((k) => {
      const s = edgeStyle(k);
      return `<marker id="pkx-arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 1 L10 5 L0 9 z" fill="${s.stroke}"/></marker>`;
    });
  return `<defs>${defs.join('')}</defs>`;
}

function strokeAttrs(kind: RelationKind): string {
  const s = edgeStyle(kind);
  return `stroke="${s.stroke}" stroke-width="${s.strokeWidth}"${s.strokeDasharray ? ` stroke-dasharray="${s.strokeDasharray}"` : ''}`;
}

/** The path of an edge in the same geometry the canvas uses. */
export function edgePath(e: SceneEdge, s: Box, t: Box): string {
  switch (e.route) {
    case 'tree': {
      const sx = s.x + s.width / 2;
      const sy = s.y + s.height;
      const tx = t.x + t.width / 2;
      const my = sy + (t.y - sy) / 2;
      return `M${n(sx)} ${n(sy)} V${n(my)} H${n(tx)} V${n(t.y)}`;
    }
    case 'stack': {
      const sx = s.x + STACK_OUT_X;
      const sy = s.y + s.height;
      const jy = sy + Math.min(7, (t.y - sy) / 2);
      const rail = t.x - STACK_OUT_X;
      return `M${n(sx)} ${n(sy)} V${n(jy)} H${n(rail)} V${n(t.y + STACK_IN_Y)} H${n(t.x)}`;
    }
    case 'side': {
      const sx = s.x + s.width;
      const sy = s.y + s.height / 2;
      const mx = sx + (t.x - sx) / 2;
      return `M${n(sx)} ${n(sy)} H${n(mx)} V${n(t.y + t.height / 2)} H${n(t.x)}`;
    }
    case 'free': {
      const up = t.y + t.height / 2 < s.y;
      const sx = s.x + s.width / 2;
      const tx = t.x + t.width / 2;
      const sy = up ? s.y : s.y + s.height;
      const ty = up ? t.y + t.height : t.y;
      const k = Math.max(40, Math.abs(ty - sy) / 2) * (up ? -1 : 1);
      return `M${n(sx)} ${n(sy)} C${n(sx)} ${n(sy + k)} ${n(tx)} ${n(ty - k)} ${n(tx)} ${n(ty)}`;
    }
  }
}

function edgeSvg(e: SceneEdge, s: Box, t: Box): string {
  const marker = e.kind === 'subordination' ? '' : ` marker-end="url(#pkx-arrow-${e.kind})"`;
  return `<path class="edge rel-${e.kind}" d="${edgePath(e, s, t)}" ${strokeAttrs(e.kind)}${marker}/>`;
}

const PAD_X = 10;
const KIND_SIZE = 10.5;
const SUB_SIZE = 12;

function cardSvg(doc: OrgDocument, b: Box, lang: Lang, measure: TextMeasure): string {
  const unit = doc.units[b.id];
  if (!unit) return '';
  const st = cardStyle(unit.kind);
  // The card's content box: padding and border inside the measured width (box-sizing: border-box).
  const inner = b.width - 2 * PAD_X - 2 * st.strokeWidth - (st.leftBar ? 6 : 0);
  const left = b.x + PAD_X + (st.leftBar ? 6 : 0);
  const parts: string[] = [];
  const dash = st.dashed ? ' stroke-dasharray="6 3"' : '';
  const r = Math.min(st.radius, b.height / 2);
  parts.push(
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="${r}" fill="${st.fill}" stroke="${st.stroke}" stroke-width="${st.strokeWidth}"${dash}/>`,
  );
  if (st.double) parts.push(`<rect x="${n(b.x + 3)}" y="${n(b.y + 3)}" width="${n(b.width - 6)}" height="${n(b.height - 6)}" rx="${Math.max(0, r - 3)}" fill="none" stroke="${st.stroke}" stroke-width="1"/>`);
  if (st.leftBar) parts.push(`<rect x="${n(b.x)}" y="${n(b.y)}" width="8" height="${n(b.height)}" rx="3" fill="${st.stroke}"/>`);

  const kindText = truncate(kindLabel(unit.kind)[lang].toLocaleUpperCase(lang), inner, KIND_SIZE, true, measure);
  let y = b.y + 6 + KIND_SIZE;
  parts.push(`<text x="${n(left)}" y="${n(y)}" font-size="${KIND_SIZE}" font-weight="700" letter-spacing="0.3" fill="${st.accent}">${xmlEscape(kindText)}</text>`);

  const head = unit.head?.[lang];
  const sub = head !== undefined && head !== unit.name[lang] ? head : undefined;
  const bottom = b.y + b.height - 6;
  const subLines = sub ? wrapText(sub, inner, SUB_SIZE, false, measure) : [];
  let size = unit.kind === 'generalOffice' ? 16 : 14;
  let lines = wrapText(unit.name[lang], inner, size, true, measure);
  // The card's height was measured in the browser with real fonts; if our estimate needs more lines, shrink a little.
  const room = () => bottom - (y + 4) - subLines.length * SUB_SIZE * 1.25;
  while (size > 10 && lines.length * size * 1.25 > room() + 2) {
    size -= 1;
    lines = wrapText(unit.name[lang], inner, size, true, measure);
  }
  y += 4;
  const nameLines = lines.map((line) => {
    y += size * 1.25;
    return `<tspan x="${n(left)}" y="${n(y - size * 0.28)}">${xmlEscape(line)}</tspan>`;
  });
  parts.push(`<text font-size="${size}" font-weight="600" fill="${st.text}">${nameLines.join('')}</text>`);
  if (subLines.length > 0) {
    const subSpans = subLines.map((line) => {
      y += SUB_SIZE * 1.25;
      return `<tspan x="${n(left)}" y="${n(y - SUB_SIZE * 0.28)}">${xmlEscape(line)}</tspan>`;
    });
    parts.push(`<text font-size="${SUB_SIZE}" fill="${st.subText}">${subSpans.join('')}</text>`);
  }
  return `<g class="unit" data-id="${xmlEscape(unit.id)}">${parts.join('')}</g>`;
}

function legendSvg(kinds: readonly RelationKind[], lang: Lang, x: number, y: number): string {
  const parts = kinds.map((k, i) => {
    const cx = x + (i % 3) * 220;
    const cy = y + Math.floor(i / 3) * LEGEND_ROW;
    return `<g><line x1="${cx}" y1="${cy}" x2="${cx + 36}" y2="${cy}" ${strokeAttrs(k)}/><text x="${cx + 44}" y="${cy + 4}" font-size="12" fill="#334155">${xmlEscape(RELATION_LABELS[lang][k])}</text></g>`;
  });
  return `<g class="legend">${parts.join('')}</g>`;
}
