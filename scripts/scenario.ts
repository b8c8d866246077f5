/**
 * Replays a scenario file headless (design.md, "Scenario files").
 *   npm run scenario -- FILE [--json]
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

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json' && a !== '--');
  if (files.length !== 1 || files[0]?.startsWith('-')) fail('usage: npm run scenario -- FILE [--json]');
  const path = files[0];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = tryParseScenario(text);
  if (!parsed.ok) {
    fail([`${path}: not a valid scenario file`, ...parsed.problems.map((p) => `  ${p.path}: ${p.message}`)].join('\n'));
  }
  const rows = runScenario(parsed.value);
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  for (const row of rows) process.stdout.write(`${formatRow(row)}\n`);
}

main(process.argv.slice(2));
