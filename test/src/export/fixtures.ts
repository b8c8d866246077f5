import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutOrg, type LayoutResult } from '../../../models/layout';
import { TEMPLATES } from '../../../models/org/templates';
import type { OrgDocument, Unit } from '../../../models/org/types';
import type { Box } from '../../../src/export/scene';

export function template(id: 'kazakhstan' | 'classroom'): OrgDocument {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t.build();
}

export const CARD = { width: 212, height: 72 };

/** Real ELK positions with card-sized boxes: the geometry the canvas would report. */
export async function laidOut(doc: OrgDocument): Promise<{ boxes: Box[]; layout: LayoutResult }> {
  const layout = await layoutOrg(doc, new ELK(), { defaultSize: CARD });
  const boxes = Object.entries(layout.positions).map(([id, p]) => ({ id, x: p.x, y: p.y, ...CARD }));
  return { boxes, layout };
}

/** Names that would be markup, entities, CDATA ends or broken attributes if written unescaped. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  'A & B "quoted" \'single\'',
  ']]> after a CDATA end',
  '<![CDATA[ x ]]>',
  '&amp; &lt;b&gt; not an entity',
  '<!-- comment --> <b onclick="x()">bold</b>',
  '"/><rect id="evil"/><x a="',
  '<?xml-stylesheet href="x"?>',
];

/** The classroom template with hostile names (bypassing the schema on purpose: the builders must not rely on it). */
export function hostileDoc(): OrgDocument {
  const doc = template('classroom');
  const units = Object.values(doc.units);
  units.forEach((u: Unit, i) => {
    const h = HOSTILE[i % HOSTILE.length] ?? '';
    u.name = { kk: `${h} kk`, ru: `${h} ru`, en: `${h} en` };
    if (i % 3 === 0) u.head = { kk: h, ru: h, en: `${h} (head)` };
  });
  doc.title = { kk: HOSTILE[0] ?? '', ru: HOSTILE[1] ?? '', en: HOSTILE[2] ?? '' };
  return doc;
}
