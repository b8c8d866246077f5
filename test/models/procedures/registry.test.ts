/**
 * The registry is complete and every procedure has one shape: every folder is registered, every
 * definition fills every field, and every state key, event type and refusal code its rules can
 * return has a label in kk, ru and en. New procedures are checked by the same walk, unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { isCitationId } from '../../../models/law';
import { LANGS, type LocalizedText } from '../../../models/law/types';
import { PROCEDURES, REGISTERED, tryParseScenario, runScenario } from '../../../models/procedures';
import { CORE_CODES, replay } from '../../../models/procedures/core';

const ROOT = join(import.meta.dirname, '../../../models/procedures');
const SCENARIOS = join(import.meta.dirname, '../../../public/scenarios');
const FILES = ['schema.ts', 'context.ts', 'rules.ts', 'machine.ts', 'strings.ts', 'index.ts'];

function complete(label: LocalizedText | undefined): boolean {
  return label !== undefined && LANGS.every((l) => typeof label[l] === 'string' && label[l].trim().length > 0);
}

/** Every state key of a machine, nested ones too. */
function stateKeys(node: AnyStateNode, out = new Set<string>()): Set<string> {
  for (const [key, child] of Object.entries(node.states)) {
    out.add(key);
    stateKeys(child, out);
  }
  return out;
}

/** The codes a procedure's sources can return: its CODES const and every `code: '…'` literal of its rules, machine and definition. */
function sourceCodes(id: string): { declared: string[]; literal: string[] } {
  const dir = join(ROOT, id);
  const rules = readFileSync(join(dir, 'rules.ts'), 'utf8');
  const block = /export const CODES = \[([\s\S]*?)\] as const/.exec(rules)?.[1] ?? '';
  const declared = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
  // The files that answer for events (schema.ts's `code: 'custom'` are zod issues, not refusals).
  const literal = ['rules.ts', 'index.ts', 'machine.ts', 'context.ts']
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bcode: '([^']+)'/g)].map((m) => m[1] ?? ''));
  return { declared, literal };
}

const folders = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'core').map((d) => d.name);

describe('the registry', () => {
  it('registers every procedure folder, under its own id', () => {
    expect(REGISTERED.map((d) => d.id).sort()).toEqual([...folders].sort());
    for (const [id, def] of Object.entries(PROCEDURES)) expect(def.id).toBe(id);
  });
});

for (const def of REGISTERED) {
  describe(`${def.id}: one shape`, () => {
    it('has the same files as every other procedure', () => {
      const files = readdirSync(join(ROOT, def.id));
      for (const f of FILES) expect(files, f).toContain(f);
    });

    it('fills every field of the definition', () => {
      expect(def.theme).toBeGreaterThanOrEqual(1);
      expect(def.theme).toBeLessThanOrEqual(8);
      expect(complete(def.title)).toBe(true);
      expect(isCitationId(def.citation)).toBe(true);
      const parsed = def.inputSchema.safeParse(def.defaultInput);
      // A valid default input, or one a unit picked on the diagram completes (a council's roster).
      expect(parsed.success || def.unitPicker !== undefined).toBe(true);
      expect(def.inputFields.length).toBeGreaterThan(0);
      for (const f of def.inputFields) {
        expect(complete(f.label), f.path.join('.')).toBe(true);
        for (const o of f.options ?? []) expect(complete(f.optionLabels?.[o]), `${f.path.join('.')}=${o}`).toBe(true);
      }
      expect(def.inputFields.some((f) => f.path.join('.') === 'edition')).toBe(true);
      expect(typeof def.meetingView).toBe('boolean');
      expect(Array.isArray(def.openedFrom)).toBe(true);
      for (const o of def.openedFrom) expect(complete(o.label)).toBe(true);
    });

    it('accepts input.edition 2023 and 2026, and nothing else', () => {
      const base = def.unitPicker ? null : (def.defaultInput as Record<string, unknown>);
      if (!base) return;
      expect(def.inputSchema.safeParse({ ...base, edition: '2023' }).success).toBe(true);
      expect(def.inputSchema.safeParse({ ...base, edition: '2026' }).success).toBe(true);
      expect(def.inputSchema.safeParse({ ...base, edition: '2024' }).success).toBe(false);
    });

    it('labels every state key of its machine in kk, ru and en', () => {
      const keys = stateKeys(def.machine.root);
      expect(keys.size).toBeGreaterThan(1);
      for (const k of keys) expect(complete(def.stateLabels[k]), k).toBe(true);
    });

    it('labels every event type it knows, time events included', () => {
      const options = (def.eventSchema as unknown as { options: { shape: { type: { value: string } } }[] }).options;
      const types = options.map((o) => o.shape.type.value);
      expect(types).toContain('time.advance');
      for (const t of types) expect(complete(def.eventLabels[t]), t).toBe(true);
    });

    it('labels every refusal code its rules can return, each one lowerCamelCase word', () => {
      const { declared, literal } = sourceCodes(def.id);
      expect(declared.length).toBeGreaterThan(0);
      // A code written in the sources but missing from CODES would escape the label check.
      const core = new Set<string>(CORE_CODES);
      expect(literal.filter((c) => !declared.includes(c) && !core.has(c))).toEqual([]);
      for (const code of [...declared, ...CORE_CODES]) {
        expect(code, code).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        expect(complete(def.codeLabels[code]), code).toBe(true);
      }
    });

    it('lists its samples, which exist, parse and refuse only with labelled codes', () => {
      const index = JSON.parse(readFileSync(join(SCENARIOS, 'index.json'), 'utf8')) as { scenarios: { file: string; procedure: string }[] };
      const listed = index.scenarios.filter((s) => s.procedure === def.id).map((s) => s.file);
      expect([...def.samples].sort()).toEqual([...listed].sort());
      for (const file of def.samples) {
        const parsed = tryParseScenario(readFileSync(join(SCENARIOS, file), 'utf8'));
        if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
        for (const row of runScenario(parsed.value)) if (row.code) expect(complete(def.codeLabels[row.code]), `${file}: ${row.code}`).toBe(true);
      }
    });

    it('deadlines and counters along its samples carry labels and real citations', () => {
      for (const file of def.samples) {
        const parsed = tryParseScenario(readFileSync(join(SCENARIOS, file), 'utf8'));
        if (!parsed.ok) continue;
        for (const s of replay(def, parsed.value.input, parsed.value.steps.map((x) => x.event))) {
          for (const d of def.deadlines(s.snapshot.context)) {
            expect(complete(d.label), `${file}: ${d.key}`).toBe(true);
            expect(isCitationId(d.citation)).toBe(true);
          }
          for (const c of def.counters(s.snapshot.context)) {
            expect(complete(c.label), `${file}: ${c.key}`).toBe(true);
            if (c.citation) expect(isCitationId(c.citation)).toBe(true);
          }
          const cited = s.verdict.ok ? def.eventCitation(s.event.type, s.snapshot.context) : s.verdict.citation;
          if (cited !== null) expect(isCitationId(cited), `${file}: ${s.event.type}`).toBe(true);
        }
      }
    });
  });
}
