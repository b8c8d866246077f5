/** Placeholder: PNG, SVG, JSON, draw.io export and printing land here. */
export function ExportMenu() {
  return null;
}
