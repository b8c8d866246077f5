import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../models/org/templates';
import { toOrgFile } from '../../../models/org/schema';
import { MAX_FILE_BYTES, readOrgBytes, readOrgFile, readOrgText, type ReadResult } from '../../../src/persistence/readOrgFile';
import { BAD_FILES, bigSchemaFailure, bigTooManyUnits } from '../../fixtures/bad-files/cases';

const dir = fileURLToPath(new URL('../../fixtures/bad-files/', import.meta.url));
const text = (r: ReadResult) => (r.ok ? '' : r.problems.map((p) => `${p.path}: ${typeof p.message === 'string' ? p.message : p.message.en}`).join('\n'));

describe('the bad-file corpus', () => {
  it('has at least 25 files and a case for each of them', () => {
    const files = readdirSync(dir).filter((f) => !f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BAD_FILES.map((c) => c.file))).toEqual(new Set(files));
  });

  it.each(BAD_FILES.filter((c) => c.file.endsWith('.json')))('refuses $file and says why', ({ file, mentions }) => {
    const r = readOrgBytes(readFileSync(dir + file));
    expect(r.ok).toBe(false);
    expect(text(r)).toMatch(mentions);
  });

  it('refuses images with no document inside', async () => {
    for (const [file, type] of [['image-without-document.png', 'image/png'], ['image-without-document.svg', 'image/svg+xml']] as const) {
      const r = await readOrgFile(new File([readFileSync(dir + file)], file, { type }));
      expect(r.ok).toBe(false);
      expect(text(r)).toMatch(/image/);
    }
  });
});

describe('reading org files', () => {
  it('accepts both templates as published files', () => {
    for (const tpl of TEMPLATES) {
      const doc = tpl.build();
      const r = readOrgText(JSON.stringify(toOrgFile(doc)));
      expect(r.ok && r.doc).toEqual(doc);
    }
  });

  it('drops a leading byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(toOrgFile(TEMPLATES[1].build()))}`);
    expect(readOrgBytes(bytes).ok).toBe(true);
  });

  it('refuses 10 MB of JSON that fails the schema, listing at most 200 paths', () => {
    const big = bigSchemaFailure();
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024 - 1);
    const r = readOrgText(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.length).toBeLessThanOrEqual(200);
    expect(text(r)).toMatch(/Unrecognized key: "title"/);
  });

  it('refuses a 10 MB well-formed document with more units than allowed', () => {
    const big = bigTooManyUnits();
    expect(big.length).toBeGreaterThan(9 * 1024 * 1024);
    expect(text(readOrgText(big))).toMatch(/at most 20000 units/);
  });

  it('refuses a file beyond the size cap without reading it', async () => {
    const file = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.json', { type: 'application/json' });
    const r = await readOrgFile(file);
    expect(text(r)).toMatch(/at most 20 MB can be opened/);
  });
});
