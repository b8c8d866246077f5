/**
 * Finds an org file embedded in an exported picture: our `prokuratura.org`
 * text chunk in a PNG, or our `<metadata>` element in an SVG. Returns the
 * file's JSON text, which the caller parses like any opened file
 * (readOrgText), or null when there is none.
 */
import { PNG_KEYWORD, SVG_META_ELEMENT } from './meta';
import { isPng, pngChunks, readTextChunk } from './png';
import { base64ToUtf8 } from './xml';

const SVG_META = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${SVG_META_ELEMENT}\\b[^>]*>([A-Za-z0-9+/=\\s]*)</(?:[A-Za-z_][\\w.-]*:)?${SVG_META_ELEMENT}\\s*>`);

/**
 * @param mimeType the file's type as the browser reports it; the bytes decide
 *   when it is empty or generic (a PNG is recognised by its signature).
 * @example readEmbeddedDocument(new Uint8Array(await file.arrayBuffer()), file.type)
 */
export function readEmbeddedDocument(bytes: Uint8Array, mimeType: string): string | null {
  if (isPng(bytes)) {
    let chunks;
    try {
      chunks = pngChunks(bytes);
    } catch {
      return null;
    }
    for (const c of chunks) {
      if (c.type !== 'tEXt' && c.type !== 'iTXt') continue;
      if (!c.crcOk) continue;
      const t = readTextChunk(c);
      if (t?.key === PNG_KEYWORD) return t.text;
    }
    return null;
  }
  if (mimeType === 'image/png') return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (!/<svg[\s>]/.test(text.slice(0, 4096)) && mimeType !== 'image/svg+xml') return null;
  const m = SVG_META.exec(text);
  if (!m?.[1]) return null;
  try {
    return base64ToUtf8(m[1]);
  } catch {
    return null;
  }
}
