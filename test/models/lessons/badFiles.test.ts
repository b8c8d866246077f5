import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tryParseLessonFile } from '../../../models/lessons';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/bad-lessons');
const bad = readdirSync(dir).filter((f) => statSync(resolve(dir, f)).isFile());

describe('the corpus of bad lesson files', () => {
  it('holds at least ten files', () => {
    expect(bad.length).toBeGreaterThanOrEqual(10);
  });

  it.each(bad)('refuses %s with a path and a plain message', (name) => {
    const r = tryParseLessonFile(readFileSync(resolve(dir, name), 'utf8'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.path).toBeTruthy();
      expect(p.message.length).toBeGreaterThan(3);
    }
  });

  it('reads the control file the corpus was made from', () => {
    const r = tryParseLessonFile(readFileSync(resolve(dir, 'control/good.prokuratura-lesson.json'), 'utf8'));
    expect(r.ok).toBe(true);
  });
});
