/**
 * Replays a scenario file headless (design.md, "Scenario files").
 *   npm run scenario -- FILE [--json]      or      npm run scenario -- FILE FILE...
 * One line per step: number, event type, accepted | rejected:<code>, state, simulated date.
 * --json prints only a JSON array of { step, event, accepted, code, state, date, context }.
 * Exit 0 for a valid file whatever its steps do; 2 for a file that is unreadable or invalid.
 */
import { readFileSync } from 'node:fs';
import { formatRow } from '../models/procedures/core';
import { runScenario, tryParseScenario } from '../models/procedures';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** The rows of one file as text, or its problems (a file that cannot be read or is not valid). */
function replayFile(path: string, json: boolean): { ok: true; out: string } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, message: `${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const parsed = tryParseScenario(text);
  if (!parsed.ok) return { ok: false, message: [`${path}: not a valid scenario file`, ...parsed.problems.map((p) => `  ${p.path}: ${p.message}`)].join('\n') };
  const rows = runScenario(parsed.value);
  return { ok: true, out: json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((row) => `${formatRow(row)}\n`).join('') };
}

/**
 * One file as design.md gives it; several files (text only) each under a `== FILE` line, every valid
 * one replayed, and exit 2 after them if any was not valid.
 */
function main(argv: string[]): void {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json' && a !== '--');
  if (files.length === 0 || files.some((f) => f.startsWith('-')) || (json && files.length !== 1)) fail('usage: npm run scenario -- FILE [--json]  or  npm run scenario -- FILE FILE...');
  if (files.length === 1) {
    const r = replayFile(files[0] ?? '', json);
    if (!r.ok) fail(r.message);
    process.stdout.write(r.out);
    return;
  }
  const problems: string[] = [];
  for (const path of files) {
    const r = replayFile(path, false);
    if (r.ok) process.stdout.write(`== ${path}\n${r.out}`);
    else problems.push(r.message);
  }
  if (problems.length) fail(problems.join('\n'));
}

main(process.argv.slice(2));
