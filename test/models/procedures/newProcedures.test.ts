/**
 * What the five procedures of issue 10 share: registered once, every optional field of the definition
 * filled, their citations carrying provenance (a manual entry's Kazakh term stands in its seed lines),
 * and the scenario CLI replaying their samples and refusing a malformed file with exit 2.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAW } from '../../../models/law';
import type { Citation } from '../../../models/law/types';
import { PROCEDURES, runScenario, tryParseScenario } from '../../../models/procedures';
import { PROCEDURE_IDS, formatRow } from '../../../models/procedures/core';
import { initialSnapshot } from '../../../models/procedures/core/replay';
import { SCENARIO_DIR, sampleFiles } from '../../helpers/replay';

const NEW = ['representation', 'appeal', 'complaint', 'actSuspension', 'forcedBringing'] as const;
const ROOT = join(import.meta.dirname, '../../..');
const SEED = join(ROOT, '../shared/seed/000_8ce56da11c338ae8.txt');

describe('the five new procedures', () => {
  it('are registered once, in the id list and the registry', () => {
    for (const id of NEW) {
      expect(PROCEDURE_IDS).toContain(id);
      expect(PROCEDURES[id]?.id).toBe(id);
    }
  });

  it.each(NEW)('%s fills every field of the definition, in three languages', (id) => {
    const def = PROCEDURES[id];
    if (!def) throw new Error(id);
    expect(def.theme).toBeDefined();
    expect(def.inputSchema.safeParse(def.defaultInput).success).toBe(true);
    expect(def.inputFields?.length).toBeGreaterThan(0);
    expect(def.actingProsecutor).toBeDefined();
    expect(def.meetingView).toBe(false);
    expect(def.samples?.length).toBeGreaterThanOrEqual(3);
    expect(def.openedFrom).toBeDefined();
    const s = initialSnapshot(def, def.defaultInput);
    expect(Array.isArray(def.deadlines?.(s.context))).toBe(true);
    expect(Array.isArray(def.counters?.(s.context))).toBe(true);
    const eventTypes = (def.eventSchema as unknown as { options: { shape: { type: { value: string } } }[] }).options.map((o) => o.shape.type.value);
    for (const type of eventTypes) {
      for (const lang of ['kk', 'ru', 'en'] as const) expect(def.eventLabels?.[type]?.[lang], `${id} ${type} ${lang}`).toBeTruthy();
      const c = def.eventCitation?.(type, s.context);
      if (c !== null && c !== undefined) expect(LAW[c]).toBeDefined();
    }
    for (const key of Object.keys(def.machine.root.states)) expect(def.stateLabels?.[key], `${id} state ${key}`).toBeDefined();
    for (const label of Object.values(def.codeLabels ?? {})) for (const lang of ['kk', 'ru', 'en'] as const) expect(label[lang].length).toBeGreaterThan(0);
  });

  it('cite with provenance: a manual entry\'s term stands in its seed lines, a reading says why', () => {
    const seedLines = existsSync(SEED) ? readFileSync(SEED, 'utf8').split('\n') : null;
    const ours = Object.entries(LAW as Record<string, Citation>).filter(([id]) => NEW.some((p) => id.startsWith(`${p}.`)));
    expect(ours.length).toBeGreaterThanOrEqual(25);
    for (const [id, c] of ours) {
      expect(['manual', 'reading'], id).toContain(c.source);
      expect(c.seedLines, id).toBeDefined();
      if (c.source === 'manual') expect(c.term, id).toBeTruthy();
      if (c.source === 'reading') for (const lang of ['kk', 'ru', 'en'] as const) expect(c.why?.[lang], id).toBeTruthy();
      if (seedLines && c.seedLines && c.term) {
        const text = seedLines.slice(c.seedLines[0] - 1, c.seedLines[1]).join(' ');
        expect(text, `${id}: "${c.term}" in lines ${c.seedLines.join('-')}`).toContain(c.term);
      }
    }
  });

  it('replay every sample by the CLI (the rows the runner gives), and a malformed file exits 2 naming the failing paths', () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    // One process for every sample of the five: `npm run scenario -- FILE FILE...` prints each under `== FILE`.
    const samples = NEW.flatMap((id) => sampleFiles(id)).map((f) => join(SCENARIO_DIR, f));
    expect(samples.length).toBeGreaterThanOrEqual(15);
    const ok = execFileSync(tsx, ['scripts/scenario.ts', ...samples], { cwd: ROOT, encoding: 'utf8' });
    const printed = ok.split(/^== /m).filter(Boolean);
    expect(printed).toHaveLength(samples.length);
    samples.forEach((path, i) => {
      const parsed = tryParseScenario(readFileSync(path, 'utf8'));
      if (!parsed.ok) throw new Error(path);
      expect(printed[i]).toBe(`${path}\n${runScenario(parsed.value).map((r) => `${formatRow(r)}\n`).join('')}`);
    });
    expect(ok).toContain('rejected:nightTime');
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    const bad = join(dir, 'bad.json');
    const file = JSON.parse(readFileSync(join(SCENARIO_DIR, 'appeal-extended.json'), 'utf8')) as { input: Record<string, unknown>; steps: { event: Record<string, unknown> }[] };
    file.input.startDate = '2025-02-30';
    file.steps[2] = { event: { type: 'appeal.extend', until: 'soon' } };
    writeFileSync(bad, JSON.stringify(file));
    const r = spawnSync(tsx, ['scripts/scenario.ts', bad], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('input.startDate');
    expect(r.stderr).toContain('steps.2.event.until');
  }, 60_000);
});
