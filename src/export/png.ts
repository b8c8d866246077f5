/**
 * PNG chunks: a CRC-32, a chunk walker, and embedding text (the org file)
 * in a `tEXt` chunk (Latin-1 text) or an `iTXt` chunk (UTF-8) before IEND.
 * Pure byte work, no DOM.
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
export { PNG_KEYWORD } from './meta';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 as PNG (and zlib) define it. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  /** Offset of the chunk (its length field) in the file. */
  offset: number;
  data: Uint8Array;
  crc: number;
  crcOk: boolean;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Walks the chunks of a PNG; throws on a file that is not a PNG or is cut short. */
export function pngChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let p = 8;
  while (p + 12 <= bytes.length) {
    const length = view.getUint32(p);
    const end = p + 12 + length;
    if (end > bytes.length) throw new Error('PNG chunk runs past the end of the file');
    const type = String.fromCharCode(...bytes.subarray(p + 4, p + 8));
    const crc = view.getUint32(p + 8 + length);
    chunks.push({ type, offset: p, data: bytes.subarray(p + 8, p + 8 + length), crc, crcOk: crc === crc32(bytes, p + 4, p + 8 + length) });
    p = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

const isLatin1Printable = (text: string) => /^[\n\u0020-\u007e\u00a1-\u00ff]*$/.test(text);

function textChunk(key: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  const keyBytes = Uint8Array.from(key, (c) => c.charCodeAt(0));
  if (isLatin1Printable(text)) {
    const body = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const data = new Uint8Array(keyBytes.length + 1 + body.length);
    data.set(keyBytes, 0);
    data.set(body, keyBytes.length + 1);
    return makeChunk('tEXt', data);
  }
  // iTXt: keyword, 0, compression flag 0, method 0, empty language tag, 0, empty translated keyword, 0, UTF-8 text.
  const body = enc.encode(text);
  const data = new Uint8Array(keyBytes.length + 5 + body.length);
  data.set(keyBytes, 0);
  data.set(body, keyBytes.length + 5);
  return makeChunk('iTXt', data);
}

/**
 * A copy of the PNG with `text` stored under `key` just before IEND (any
 * earlier text chunk with the same key is dropped, so re-exporting does not
 * pile copies up).
 *
 * @example embedInPng(png, 'prokuratura.org', JSON.stringify(toOrgFile(doc)))
 */
export function embedInPng(pngBytes: Uint8Array, key: string, text: string): Uint8Array<ArrayBuffer> {
  if (!/^[\u0020-\u007e]{1,79}$/.test(key) || key.startsWith(' ') || key.endsWith(' ')) throw new Error('a PNG text keyword is 1–79 printable Latin-1 characters');
  const chunks = pngChunks(pngBytes);
  const iend = chunks.find((c) => c.type === 'IEND');
  if (!iend) throw new Error('PNG without IEND');
  const parts: Uint8Array[] = [pngBytes.subarray(0, 8)];
  for (const c of chunks) {
    if (c.type === 'IEND') break;
    if ((c.type === 'tEXt' || c.type === 'iTXt') && readTextChunk(c)?.key === key) continue;
    parts.push(pngBytes.subarray(c.offset, c.offset + 12 + c.data.length));
  }
  parts.push(textChunk(key, text));
  parts.push(pngBytes.subarray(iend.offset, iend.offset + 12));
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The keyword and text of a `tEXt` or uncompressed `iTXt` chunk; null for anything else. */
export function readTextChunk(c: PngChunk): { key: string; text: string } | null {
  const zero = c.data.indexOf(0);
  if (zero < 1) return null;
  const key = String.fromCharCode(...c.data.subarray(0, zero));
  // Latin-1; the bytes we write avoid 0x80–0x9F, where decoders read windows-1252.
  if (c.type === 'tEXt') return { key, text: new TextDecoder('latin1').decode(c.data.subarray(zero + 1)) };
  if (c.type !== 'iTXt') return null;
  const compressed = c.data[zero + 1];
  if (compressed !== 0) return null;
  const lang = c.data.indexOf(0, zero + 3);
  if (lang < 0) return null;
  const translated = c.data.indexOf(0, lang + 1);
  if (translated < 0) return null;
  return { key, text: new TextDecoder('utf-8').decode(c.data.subarray(translated + 1)) };
}
