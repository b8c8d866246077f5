/**
 * When "Fit all" is too small to read: below this zoom a card's name is a
 * few pixels high on a projector, and the app offers an overview instead
 * (the first levels, deeper branches collapsed into counts).
 */
export const READABLE_ZOOM = 0.4;
/** The overview shows levels 1..OVERVIEW_LEVEL: the President, the Senate, the GPO and what answers to it directly. */
export const OVERVIEW_LEVEL = 2;

/** The zoom React Flow's fitView would pick for a box of this size (padding as a share of the view). */
export function fitZoom(bounds: { width: number; height: number }, width: number, height: number, padding = 0.05, maxZoom = 2.5): number {
  if (bounds.width <= 0 || bounds.height <= 0 || width <= 0 || height <= 0) return maxZoom;
  const z = Math.min(width / (bounds.width * (1 + 2 * padding)), height / (bounds.height * (1 + 2 * padding)));
  return Math.min(maxZoom, z);
}
