import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../models/law/types';
import { getProcedure, tryParseScenario } from '../../../models/procedures';
import { replay } from '../../../models/procedures/core';
import type { ProcedureDefinition } from '../../../models/procedures/core/types';
import { pairsText, payloadText, type PayloadOptions } from '../../../src/simulator/payload';

// The simulator registers its strings on the app's i18next instance: initialise it first, as the app does.
// Once per worker: test files share the module cache, and a second init would drop the namespaces registered.
if (!i18next.isInitialized) await i18next.init({ lng: 'kk', fallbackLng: false, resources: {}, interpolation: { escapeValue: false } });
await import('../../../src/simulator/i18n');

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const opts = (lang: Lang, nameOf?: (id: string) => string | undefined, def?: AnyDef): PayloadOptions => ({
  lang,
  t: i18next.getFixedT(lang, 'simulator'),
  ...(nameOf ? { nameOf } : {}),
  ...(def ? { def } : {}),
});

describe('event payloads in the reader language', () => {
  it('words the inspection extension in each language from the model labels', () => {
    const e = { type: 'inspection.extend', days: 30, reason: 'largeVolume' };
    expect(payloadText(e, opts('en'))).toBe('days: 30, reason: large volume');
    expect(payloadText(e, opts('ru'))).toBe('дней: 30, причина: большой объём');
    expect(payloadText(e, opts('kk'))).toBe('күн: 30, себебі: үлкен көлем');
  });

  it('names the member who votes and words the choice, keeping unknown ids as they are', () => {
    const names = (id: string) => (id === 'agency-mvd' ? 'Ішкі істер министрлігі' : undefined);
    expect(payloadText({ type: 'vote.cast', memberId: 'agency-mvd', choice: 'against' } as { type: string }, opts('kk', names))).toBe('мүше: Ішкі істер министрлігі, дауыс: қарсы');
    expect(payloadText({ type: 'vote.cast', memberId: 'x-1', choice: 'for' } as { type: string }, opts('en', names))).toBe('member: x-1, vote: for');
  });

  it('words a protest term, a withdrawal and booleans', () => {
    expect(payloadText({ type: 'protest.bring', term: { days: 3, unit: 'working' } } as { type: string }, opts('ru'))).toBe('срок: 3 рабочих дн.');
    expect(payloadText({ type: 'protest.withdraw', by: 'superior' } as { type: string }, opts('en'))).toBe('by: a higher prosecutor');
    expect(payloadText({ type: 'certificate.hand', signed: false } as { type: string }, opts('kk'))).toBe('қол қойылды: жоқ');
  });

  it('keeps the type of a rejection value (the event refused) and words it', () => {
    expect(pairsText({ type: 'protest.consider', phase: 'withdrawn' }, opts('en', undefined, getProcedure('protest')))).toBe('type: Protest considered, stage: Withdrawn');
  });
});

/** Strings a sample carries as data (ids, titles, names of persons), which no language translates. */
const DATA_KEYS = new Set(['memberId', 'itemId', 'title', 'person', 'inspectors', 'path', 'message', 'issue']);
function dataTokens(obj: Record<string, unknown>): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (DATA_KEYS.has(k) ? (Array.isArray(v) ? v.map(String) : [String(v)]) : []));
}

describe('every sample in Kazakh', () => {
  const dir = join(import.meta.dirname, '../../../public/scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');
  it.each(files)('%s: payloads and rejection values have no Latin words but ids and data', (file) => {
    const parsed = tryParseScenario(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(file);
    const def = getProcedure(parsed.value.procedure);
    const names = (parsed.value.input as { body?: { names?: Record<string, { kk: string }> } }).body?.names;
    const o = opts('kk', (id) => names?.[id]?.kk, def);
    const steps = replay(def, parsed.value.input, parsed.value.steps.map((s) => s.event));
    for (const s of steps) {
      const event = s.event as Record<string, unknown>;
      const values = s.verdict.ok ? {} : (s.verdict.values ?? {});
      const text = `${payloadText(s.event, o)} | ${pairsText(values, o)}`;
      let rest = text;
      for (const token of [...dataTokens(event), ...dataTokens(values)].sort((a, b) => b.length - a.length)) rest = rest.split(token).join('');
      rest = rest.replace(/\d{4}-\d{2}-\d{2}/g, '');
      expect(rest, `${file} step ${s.index}: ${text}`).not.toMatch(/[A-Za-z]/);
    }
  });
});
