/**
 * XML escaping for everything we write into SVG and draw.io files. A unit's
 * name is data, never markup: every character that could open a tag, close an
 * attribute or start an entity is replaced, and characters XML 1.0 cannot
 * carry at all are dropped, so the file always parses.
 */

// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for an element's content or an attribute value (both quotes
 * included, so it is safe in either position). Tabs and newlines in an
 * attribute become character references so that a parser keeps them.
 *
 * @example xmlEscape('A & B <script>') // 'A &amp; B &lt;script&gt;'
 */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"']/g, (c) => ENTITY[c] ?? c)
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Escapes text for HTML content (draw.io renders `html=1` labels as HTML after reading the XML). */
export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}

/** UTF-8 text as base64 (works in Node and browsers, without Buffer). */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(out);
}

export function base64ToUtf8(b64: string): string {
  const bin = atob(b64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
