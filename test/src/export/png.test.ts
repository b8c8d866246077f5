import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toOrgFile } from '../../../models/org/schema';
import { readEmbeddedDocument } from '../../../src/export/embedded';
import { crc32, embedInPng, PNG_KEYWORD, PNG_SIGNATURE, pngChunks, readTextChunk } from '../../../src/export/png';
import { hostileDoc, template } from './fixtures';

/** A real 2x2 RGBA PNG, built by hand (zlib from Node, CRC from the table in the PNG spec's sample code). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const b = Buffer.alloc(12 + data.length);
    b.writeUInt32BE(data.length, 0);
    b.write(type, 4, 'latin1');
    Buffer.from(data).copy(b, 8);
    b.writeUInt32BE(crc32(b, 4, 8 + data.length), 8 + data.length);
    return b;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.from([0, 255, 0, 0, 255, 0, 0, 255, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255]);
  return new Uint8Array(Buffer.concat([Buffer.from(PNG_SIGNATURE), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
}

describe('PNG chunks', () => {
  it('CRC-32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('embeds a UTF-8 org file in an iTXt chunk before IEND with a valid CRC, and reads it back', () => {
    const png = tinyPng();
    const json = JSON.stringify(toOrgFile(template('classroom')));
    const out = embedInPng(png, PNG_KEYWORD, json);
    const chunks = pngChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(out.length).toBeGreaterThan(png.length);
    // The original image bytes are untouched.
    expect(Buffer.from(out.subarray(0, png.length - 12)).equals(Buffer.from(png.subarray(0, png.length - 12)))).toBe(true);
    const t = chunks[2] && readTextChunk(chunks[2]);
    expect(t?.key).toBe(PNG_KEYWORD);
    expect(readEmbeddedDocument(out, 'image/png')).toBe(json);
    expect(readEmbeddedDocument(out, '')).toBe(json);
    expect(JSON.parse(readEmbeddedDocument(out, 'image/png') ?? '')).toEqual(toOrgFile(template('classroom')));
  });

  it('uses tEXt for Latin-1 text, and keeps hostile names byte for byte', () => {
    const ascii = embedInPng(tinyPng(), PNG_KEYWORD, '{"a":"]]> & <b>"}');
    expect(pngChunks(ascii).map((c) => c.type)).toContain('tEXt');
    expect(readEmbeddedDocument(ascii, 'image/png')).toBe('{"a":"]]> & <b>"}');
    const json = JSON.stringify(toOrgFile(hostileDoc()));
    expect(readEmbeddedDocument(embedInPng(tinyPng(), PNG_KEYWORD, json), 'image/png')).toBe(json);
  });

  it('re-embedding replaces the earlier copy instead of piling up', () => {
    const once = embedInPng(tinyPng(), PNG_KEYWORD, 'first');
    const twice = embedInPng(embedInPng(once, 'Software', 'Prokuratura Studio'), PNG_KEYWORD, 'second ü');
    const texts = pngChunks(twice).flatMap((c) => readTextChunk(c) ?? []);
    expect(texts).toEqual([
      { key: 'Software', text: 'Prokuratura Studio' },
      { key: PNG_KEYWORD, text: 'second ü' },
    ]);
  });

  it('finds nothing in a plain PNG, a corrupted chunk, or a file that is neither', () => {
    expect(readEmbeddedDocument(tinyPng(), 'image/png')).toBeNull();
    const out = embedInPng(tinyPng(), PNG_KEYWORD, 'text');
    const broken = out.slice();
    const c = pngChunks(broken).find((x) => x.type === 'tEXt');
    broken[(c?.offset ?? 0) + 10 + PNG_KEYWORD.length] ^= 0xff;
    expect(readEmbeddedDocument(broken, 'image/png')).toBeNull();
    expect(readEmbeddedDocument(out.subarray(0, out.length - 20), 'image/png')).toBeNull();
    expect(readEmbeddedDocument(new TextEncoder().encode('{"format":"prokuratura.org"}'), 'application/json')).toBeNull();
    expect(() => embedInPng(new Uint8Array([1, 2, 3]), PNG_KEYWORD, 'x')).toThrow();
  });
});
