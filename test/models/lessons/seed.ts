import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The manual's text, from `../shared/seed` beside the repository (as CI puts it). */
export function seedLines(): string[] {
  const path = resolve(root, '../shared/seed/000_8ce56da11c338ae8.txt');
  if (!existsSync(path)) throw new Error(`the seed is expected at ${path} (shared/ beside the clone)`);
  return readFileSync(path, 'utf8').split('\n');
}

/** Lines a..b (1-based, inclusive), joined with spaces, whitespace collapsed, lower case. */
export function seedText(lines: string[], [a, b]: readonly [number, number]): string {
  return lines
    .slice(a - 1, b)
    .join(' ')
    .replace(/\s+/g, ' ')
    // A word broken over two lines ("іс-" / "қимыл") reads as one.
    .replace(/(\S)- /g, '$1-')
    .toLocaleLowerCase('kk');
}

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('kk');
