/**
 * The diagram as a draw.io file (`.drawio`, uncompressed mxGraphModel XML):
 * one vertex per drawn unit at its canvas position, one edge per drawn edge
 * (the subordination tree and the stored relations of the visible layers).
 *
 * Labels use `html=1` so that draw.io wraps them; a label is therefore HTML
 * inside an XML attribute and is escaped twice — first as HTML text (so a
 * name can never become a tag in draw.io), then as an XML attribute.
 */
import { kindLabel } from '../../models/org/kinds';
import type { Lang } from '../../models/law/types';
import type { OrgDocument, RelationKind, UnitId } from '../../models/org/types';
import { edgeStyle } from '../editor/diagram/toFlow';
import { buildScene, cardStyle, STACK_IN_Y, STACK_OUT_X, type Box, type SceneEdge } from './scene';
import { htmlEscape, xmlEscape } from './xml';

export interface DrawioOptions {
  layers?: ReadonlySet<RelationKind> | readonly RelationKind[];
  selection?: readonly UnitId[];
}

const DEFAULT_LAYERS: readonly RelationKind[] = ['subordination', 'accountability'];

/** Cell ids: the unit id with a prefix, so that none collides with the root cells "0" and "1". */
export const vertexId = (id: UnitId) => `u-${id}`;

const r = (v: number) => Math.round(v * 10) / 10;

export function toDrawio(doc: OrgDocument, geometry: readonly Box[], lang: Lang, opts: DrawioOptions = {}): string {
  const scene = buildScene(doc, geometry, { layers: opts.layers ?? DEFAULT_LAYERS, selection: opts.selection });
  const byId = new Map(scene.boxes.map((b) => [b.id, b]));
  const ox = -scene.bounds.x + 40;
  const oy = -scene.bounds.y + 40;
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];

  for (const b of scene.boxes) {
    const unit = doc.units[b.id];
    if (!unit) continue;
    const st = cardStyle(unit.kind);
    const head = unit.head?.[lang];
    const label =
      `<font style="font-size:10px" color="${st.accent}"><b>${htmlEscape(kindLabel(unit.kind)[lang].toLocaleUpperCase(lang))}</b></font><br>` +
      `<b>${htmlEscape(unit.name[lang])}</b>` +
      (head !== undefined && head !== unit.name[lang] ? `<br><font style="font-size:11px" color="${st.subText}">${htmlEscape(head)}</font>` : '');
    const style = [
      'rounded=1',
      `arcSize=${Math.min(50, Math.round((st.radius / Math.max(1, b.height)) * 100))}`,
      'absoluteArcSize=0',
      'whiteSpace=wrap',
      'html=1',
      'align=left',
      'verticalAlign=top',
      'spacingLeft=8',
      'spacingTop=2',
      `fillColor=${st.fill}`,
      `strokeColor=${st.stroke}`,
      `strokeWidth=${st.strokeWidth}`,
      `fontColor=${st.text}`,
      'fontSize=13',
      st.dashed ? 'dashed=1' : '',
      st.double ? 'shape=ext;double=1' : '',
    ]
      .filter((s) => s !== '')
      .join(';');
    cells.push(
      `<mxCell id="${xmlEscape(vertexId(unit.id))}" value="${xmlEscape(label)}" style="${xmlEscape(style)};" vertex="1" parent="1">` +
        `<mxGeometry x="${r(b.x + ox)}" y="${r(b.y + oy)}" width="${r(b.width)}" height="${r(b.height)}" as="geometry"/></mxCell>`,
    );
  }

  for (const e of scene.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    cells.push(
      `<mxCell id="${xmlEscape(`e-${e.id}`)}" value="" style="${xmlEscape(edgeStyleString(e, s, t))}" edge="1" parent="1" source="${xmlEscape(vertexId(e.source))}" target="${xmlEscape(vertexId(e.target))}">` +
        '<mxGeometry relative="1" as="geometry"/></mxCell>',
    );
  }

  const w = Math.round(scene.bounds.width + 80);
  const h = Math.round(scene.bounds.height + 80);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mxfile host="Prokuratura Studio" type="device">`,
    `<diagram id="prokuratura" name="${xmlEscape(doc.title[lang])}">`,
    `<mxGraphModel dx="${w}" dy="${h}" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="${w}" pageHeight="${h}" math="0" shadow="0">`,
    '<root>',
    ...cells,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
    '</mxfile>',
  ].join('\n');
}

function edgeStyleString(e: SceneEdge, s: Box, t: Box): string {
  const st = edgeStyle(e.kind);
  const parts = ['html=1', 'rounded=0', `strokeColor=${st.stroke}`, `strokeWidth=${st.strokeWidth}`];
  if (st.strokeDasharray) parts.push('dashed=1', `dashPattern=${st.strokeDasharray}`);
  if (e.kind === 'subordination') {
    parts.push('endArrow=none', 'edgeStyle=orthogonalEdgeStyle');
    if (e.route === 'stack') parts.push(`exitX=${(STACK_OUT_X / s.width).toFixed(3)}`, 'exitY=1', 'entryX=0', `entryY=${(STACK_IN_Y / t.height).toFixed(3)}`);
    else if (e.route === 'side') parts.push('exitX=1', 'exitY=0.5', 'entryX=0', 'entryY=0.5');
    else parts.push('exitX=0.5', 'exitY=1', 'entryX=0.5', 'entryY=0');
  } else {
    parts.push('endArrow=block', 'endFill=1', 'endSize=6', 'curved=1');
  }
  return `${parts.join(';')};`;
}
