/** Where exported pictures keep the org file (shared by the writers and embedded.ts). */

/** The namespace and local name of the SVG `<metadata>` child that carries the org file (base64 UTF-8 JSON). */
export const SVG_META_NS = 'urn:prokuratura-studio:org';
export const SVG_META_ELEMENT = 'orgFile';
/** The keyword of the PNG text chunk that carries the org file. */
export const PNG_KEYWORD = 'prokuratura.org';
