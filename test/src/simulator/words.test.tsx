/**
 * No internal code or state id is shown as text (issue 11, "Words", bug 13): every state of every
 * procedure's machine and every refusal code reads as words in kk, ru and en, and what the screen
 * renders for a step (payload, refusal, the context panel's state) holds no camelCase identifier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { LANGS } from '../../../models/law/types';
import { REGISTERED, tryParseScenario } from '../../../models/procedures';
import { initialSnapshot, replay, stateValueString, verdictFor } from '../../../models/procedures/core';
import type { EventOffer, ProcedureDefinition, Verdict } from '../../../models/procedures/core/types';

// Once per worker: test files share the module cache, and a second init would drop the namespaces registered.
if (!i18next.isInitialized) await i18next.init({ lng: 'kk', fallbackLng: false, resources: {}, interpolation: { escapeValue: false } });
await import('../../../src/simulator/i18n');
const { VerdictLine, verdictTitle } = await import('../../../src/simulator/Citation');
const { reasonText, stateLabel } = await import('../../../src/simulator/labels');
const { payloadText } = await import('../../../src/simulator/payload');

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SCENARIOS = join(import.meta.dirname, '../../../public/scenarios');

/** A code or state id as the sources write them: lowerCamelCase with a capital inside, or dotted. */
const IDENTIFIER = /\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[a-z]+\.[a-z][A-Za-z]*\b/;

/** Every state value of a machine as the simulator writes it ('inProgress.active'). */
function statePaths(node: AnyStateNode, prefix = ''): string[] {
  return Object.entries(node.states).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...statePaths(child, path)];
  });
}

/** Text of rendered markup, without tags and attributes (a `data-code` may hold the code). */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
}

function samplesOf(def: AnyDef) {
  return def.samples.map((file) => {
    const parsed = tryParseScenario(readFileSync(join(SCENARIOS, file), 'utf8'));
    if (!parsed.ok) throw new Error(file);
    return { file, input: parsed.value.input, events: parsed.value.steps.map((s) => s.event) };
  });
}

/** Strings a run carries as data (names of people, titles, ids of members and items). */
function dataTokens(event: Record<string, unknown>): string[] {
  return ['memberId', 'itemId', 'title', 'person', 'inspectors', 'chairId']
    .flatMap((k) => {
      const v = event[k];
      if (v === undefined) return [];
      return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' || typeof x === 'number' ? String(x) : JSON.stringify(x)));
    });
}

function withoutData(text: string, tokens: string[]): string {
  let rest = text;
  for (const token of [...tokens].sort((a, b) => b.length - a.length)) rest = rest.split(token).join('');
  return rest;
}

describe('every state and every code has words, in every language', () => {
  for (const def of REGISTERED) {
    it(`${def.id}: each state of its machine reads as words`, () => {
      const paths = statePaths(def.machine.root);
      expect(paths.length).toBeGreaterThan(1);
      for (const lang of LANGS) {
        for (const p of paths) {
          for (const key of p.split('.')) expect(def.stateLabels[key]?.[lang]?.trim(), `${def.id} ${p} ${lang}`).toBeTruthy();
          expect(stateLabel(def, p, lang), `${def.id} ${p} ${lang}`).not.toMatch(IDENTIFIER);
        }
      }
    });

    it(`${def.id}: each refusal code reads as words`, () => {
      for (const code of Object.keys(def.codeLabels)) {
        for (const lang of LANGS) {
          const v: Verdict = { ok: false, code, citation: def.citation, values: {} };
          const text = reasonText(def, v, lang);
          expect(text, `${def.id} ${code} ${lang}`).not.toBe(code);
          expect(text.trim().length, `${def.id} ${code} ${lang}`).toBeGreaterThan(0);
        }
      }
    });
  }
});

describe('what a step renders holds no code or state id', () => {
  for (const def of REGISTERED) {
    it(`${def.id}: its samples' steps and every refused offer along them`, () => {
      for (const { file, input, events } of samplesOf(def)) {
        const steps = replay(def, input, events);
        const snapshots = [initialSnapshot(def, input), ...steps.map((s) => s.snapshot)];
        const refusals: { verdict: Extract<Verdict, { ok: false }>; tokens: string[]; where: string }[] = [];
        for (const s of steps) {
          if (!s.verdict.ok) refusals.push({ verdict: s.verdict, tokens: dataTokens(s.event), where: `${file} step ${s.index}` });
        }
        for (const snap of snapshots) {
          for (const o of def.offers(snap) as EventOffer[]) {
            const v = verdictFor(def, snap, o.event);
            if (!v.ok) refusals.push({ verdict: v, tokens: dataTokens(o.event), where: `${file} offer ${o.event.type} at ${stateValueString(snap)}` });
          }
        }
        for (const lang of LANGS) {
          const t = i18next.getFixedT(lang, 'simulator');
          for (const s of steps) {
            const payload = withoutData(payloadText(s.event, { lang, t, def }), dataTokens(s.event));
            expect(payload, `${file} step ${s.index} ${lang}`).not.toMatch(IDENTIFIER);
          }
          for (const { verdict, tokens, where } of refusals) {
            const html = renderToStaticMarkup(<VerdictLine def={def} code={verdict.code} citation={verdict.citation} values={verdict.values} lang={lang} />);
            const shown = withoutData(`${reasonText(def, verdict, lang)} ${textOf(html)} ${verdictTitle(def, verdict, lang)}`, tokens);
            expect(shown, `${where} ${lang}`).not.toMatch(IDENTIFIER);
          }
        }
      }
    });
  }
});
