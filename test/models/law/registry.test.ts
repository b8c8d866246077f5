import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite, EDITIONS, formatCitation, LANGS, LAW, type Citation, type CitationId } from '../../../models/law';

/** The repository root; CI puts shared/ beside the clone, so the seed is `../shared/seed` from it. */
const root = resolve(import.meta.dirname, '../../..');
const seedDir = resolve(root, '../shared/seed');
const seedFile = readdirSync(seedDir).find((f) => /^000_.*\.txt$/.test(f));
if (!seedFile) throw new Error(`no seed file 000_*.txt in ${seedDir}`);
/** Seed lines, 1-based like the audit's line numbers. */
const seed = readFileSync(join(seedDir, seedFile), 'utf8').split('\n');

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('kk');
function seedText([from, to]: readonly [number, number]): string {
  return norm(seed.slice(from - 1, to).join(' '));
}

const entries = Object.entries(LAW) as [CitationId, Citation][];

describe('citation registry provenance', () => {
  it('has entries', () => {
    expect(entries.length).toBeGreaterThan(60);
  });

  it.each(entries)('%s has a provenance', (_id, c) => {
    expect(['law', 'manual', 'reading']).toContain(c.source);
  });

  it.each(entries.filter(([, c]) => c.seedLines !== undefined))('%s: its seed lines exist and contain its term', (id, c) => {
    const lines = c.seedLines;
    if (!lines) throw new Error(id);
    const [from, to] = lines;
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThanOrEqual(from);
    expect(to).toBeLessThanOrEqual(seed.length);
    const text = seedText(lines);
    expect(text.length, `${id}: seed lines ${from}-${to} are empty`).toBeGreaterThan(0);
    if (c.source === 'manual' || c.term !== undefined) {
      expect(c.term, `${id} names no term`).toBeTruthy();
      expect(text, `${id}: "${c.term ?? ''}" is not in seed lines ${from}-${to}`).toContain(norm(c.term ?? ''));
    }
  });

  it('every manual entry gives its seed lines and term', () => {
    const bad = entries.filter(([, c]) => c.source === 'manual' && (!c.seedLines || !c.term)).map(([id]) => id);
    expect(bad).toEqual([]);
  });

  it('every reading says why in kk, ru and en', () => {
    const bad = entries
      .filter(([, c]) => c.source === 'reading' && !LANGS.every((l) => (c.why[l] ?? '').trim().length > 10))
      .map(([id]) => id);
    expect(bad).toEqual([]);
  });

  it('no Coordination Council Regulation entry carries an item number (the manual numbers none)', () => {
    const numbered = entries.filter(([, c]) => c.act === 'councilRegulation' && c.article !== null).map(([id]) => id);
    expect(numbered).toEqual([]);
    expect(entries.some(([, c]) => c.act === 'councilRegulation')).toBe(true);
  });

  it('no entry cites the CPC for a CL term (audit §1.A calendar.termEnd)', () => {
    // The CPC is criminal procedure: it may be cited for the procedural prosecutor (a theme of the manual), never
    // for the terms of the CL's own procedures or the calendar.
    const procedural = /^(calendar|inspection|protest|council|representation|appeal|complaint|actSuspension|forcedBringing)\./;
    expect(entries.filter(([id, c]) => c.act === 'cpc' && procedural.test(id)).map(([id]) => id)).toEqual([]);
    expect(cite('calendar.termEnd').source).toBe('reading');
  });

  it('only the CL articles read against the act (1-3) are marked law', () => {
    const law = entries.filter(([, c]) => c.source === 'law');
    for (const [id, c] of law) {
      expect(c.act, id).toBe('cl');
      expect(['1', '2', '3'], id).toContain((c.article ?? '').split('.')[0]);
    }
  });

  it('article unknown is shown, never a guessed number', () => {
    expect(formatCitation(cite('council.quorum'), 'en')).toBe('Coordination Council Regulation, article unknown');
    expect(formatCitation(cite('council.quorum'), 'kk')).toContain('бабы белгісіз');
  });
});

describe('corrected citations (audit §5 item 7)', () => {
  it('appointments by the GP with the President\'s consent and the committee head are cited to CL art. 9', () => {
    expect(cite('org.appointCommitteeHead')).toMatchObject({ act: 'cl', article: '9', source: 'reading' });
    expect(cite('org.appointWithPresidentConsent')).toMatchObject({ act: 'cl', article: '9', source: 'reading' });
  });
  it('calendar citations: Law on holidays art. 5; Labour Code art. 84.5', () => {
    expect(cite('calendar.substitutes')).toMatchObject({ act: 'holidaysLaw', article: '5' });
    expect(cite('calendar.religious')).toMatchObject({ act: 'labourCode', article: '84.5' });
  });
  it('"extended once" is a reading of its own; the term entry no longer says "once"', () => {
    expect(cite('inspection.extensionOnce').source).toBe('reading');
    expect(cite('inspection.term').label.en).not.toMatch(/once/);
    expect(cite('inspection.term').label.kk).not.toMatch(/бір рет/);
  });
  it('unverified items are dropped: CL 18.1 and 18.2 are cited as art. 18, as the manual gives it', () => {
    expect(cite('inspection.grounds').article).toBe('18');
    expect(cite('inspection.decisionGrounds').article).toBe('18');
  });
});

describe('editions', () => {
  const urls = (text: string) => new Set(text.match(/https?:\/\/[^\s),;]+/g)?.map((u) => u.replace(/[.]$/, '')) ?? []);
  const audit = readFileSync(resolve(root, '../shared/fidelity-audit.md'), 'utf8');
  const section4 = audit.slice(audit.indexOf('## 4.'), audit.indexOf('## 5.'));
  const allowed = urls(section4);

  it('2023 is the manual, 2026 in force from 1 July 2026', () => {
    expect(EDITIONS['2023'].changes).toEqual([]);
    expect(EDITIONS['2026'].inForceFrom).toBe('2026-07-01');
  });
  it('every source of a 2026 change is a URL that audit §4 gives', () => {
    expect(allowed.size).toBeGreaterThan(10);
    for (const c of EDITIONS['2026'].changes) for (const s of c.sources) expect(allowed, `${c.id}: ${s}`).toContain(s);
  });
  it('every change has a status, and unverified ones are worded as open questions', () => {
    for (const c of EDITIONS['2026'].changes) {
      expect(['confirmed', 'reported', 'unverified']).toContain(c.status);
      if (c.status !== 'unverified') expect(c.sources.length + (c.id === 'holidays' ? 1 : 0), c.id).toBeGreaterThan(0);
    }
    expect(EDITIONS['2026'].changes.find((c) => c.id === 'gpConsent')?.status).toBe('unverified');
  });
});
