/**
 * npm run bench — figures, never assertions (these machines are noisy).
 * Layout: our pipeline (build the ELK graph, lay out, read back, stack leaves,
 * keep pins) against bare elkjs laying out the very same graph; median of
 * several runs and the ratio ours/bare.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildElkGraph, layoutOrg, type ElkEngine } from '../../models/layout';
import { TEMPLATES } from '../../models/org/templates';
import { validate } from '../../models/org/rules';
import type { OrgDocument } from '../../models/org/types';
import { syntheticOrg } from './synthetic';

const elk = new ELK();
const engine: ElkEngine = { layout: (g) => elk.layout(g) };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

async function time(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function benchLayout(label: string, doc: OrgDocument, runs: number) {
  const n = Object.keys(doc.units).length;
  // Warm up the JIT on both paths.
  await layoutOrg(doc, engine);
  await elk.layout(structuredClone(buildElkGraph(doc).graph));
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate so that drift of a noisy machine hits both equally.
    ours.push(await time(() => layoutOrg(doc, engine)));
    const graph = structuredClone(buildElkGraph(doc).graph);
    bare.push(await time(() => elk.layout(graph)));
  }
  // For transparency: ELK on the whole tree, every unit a node, no leaf columns.
  const full: number[] = [];
  // Costly beyond a thousand units (tens of seconds): measured once and only up to 1,000.
  for (let i = 0; i < (n <= 1000 ? 1 : 0); i++) {
    const graph = structuredClone(buildElkGraph(doc, { stackLeaves: false }).graph);
    full.push(await time(() => elk.layout(graph)));
  }
  const o = median(ours);
  const b = median(bare);
  const f = full.length ? median(full) : Number.NaN;
  const v = median(Array.from({ length: runs }, () => 0).map(() => { const t0 = performance.now(); validate(doc); return performance.now() - t0; }));
  console.log(`${label.padEnd(22)} ${String(n).padStart(5)} units  ours ${o.toFixed(1).padStart(8)} ms  bare elkjs ${b.toFixed(1).padStart(8)} ms  ratio ${(o / b).toFixed(2)}x  (ELK on the unstacked tree ${Number.isNaN(f) ? 'not run' : `${f.toFixed(0)} ms`})  rules ${v.toFixed(2)} ms`);
}

console.log('Layout: median of runs, ours = build graph + ELK + read back; bare = ELK alone on the same graph');
for (const t of TEMPLATES) await benchLayout(`template ${t.id}`, t.build(), 9);
for (const size of [500, 1000, 2000]) await benchLayout(`synthetic ${size}`, syntheticOrg(size), size >= 2000 ? 5 : 7);

await (await import('./browser')).browserBench();

await (await import('./classroom')).classroomBench();
