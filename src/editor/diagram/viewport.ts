import type { Node, Viewport } from '@xyflow/react';
import type { OrgDocument } from '../../../models/org/types';

/**
 * The "top of the hierarchy" view: the General Prosecutor's Office and those
 * above it, centred, at a zoom a projector can read. The national system is
 * far wider than a screen, so fitting everything makes every label tiny;
 * this is the view a lesson starts from, and "Fit all" is one click away.
 */
export function topOfHierarchyViewport(doc: OrgDocument, nodes: Node[], width: number, height: number): Viewport | null {
  const root = Object.values(doc.units).find((u) => u.kind === 'generalOffice' && u.parentId === undefined);
  if (!root) return null;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rootNode = byId.get(root.id);
  if (!rootNode || rootNode.position.x < -1e5) return null;
  const top = nodes.filter((n) => {
    // Cards still waiting for the layout sit far off screen; they would stretch the view over nothing.
    if (n.position.x < -1e5 || n.position.y < -1e5) return false;
    const u = doc.units[n.id];
    return u && (u.id === root.id || u.parentId === root.id || (u.parentId === undefined && (u.kind === 'president' || u.kind === 'senate' || u.kind === 'kurultai')));
  });
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of top) {
    const w = n.measured?.width ?? 200;
    const h = n.measured?.height ?? 64;
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + w);
    maxY = Math.max(maxY, n.position.y + h);
  }
  const margin = 32;
  const fitZoom = Math.min((width - 2 * margin) / (maxX - minX), (height - 2 * margin) / (maxY - minY));
  // Never below what the back row of a class reads on a projector (names at their full size); never above 1.25.
  const zoom = Math.max(1, Math.min(1.25, fitZoom));
  const rootCenter = rootNode.position.x + (rootNode.measured?.width ?? 200) / 2;
  const centerX = zoom === fitZoom ? (minX + maxX) / 2 : rootCenter;
  return { x: width / 2 - centerX * zoom, y: margin - minY * zoom, zoom };
}

export function showTopOfHierarchy(
  rf: { getNodes(): Node[]; setViewport(v: Viewport, o?: { duration?: number }): Promise<boolean> },
  doc: OrgDocument, el: HTMLElement | null): void {
  if (!el) return;
  const vp = topOfHierarchyViewport(doc, rf.getNodes(), el.clientWidth, el.clientHeight);
  if (vp) void rf.setViewport(vp, { duration: 300 });
}
