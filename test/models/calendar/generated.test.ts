import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('holidays.generated.ts', () => {
  it('is what `npm run holidays` writes from date-holidays and our corrections', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/generate-holidays.ts', '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  }, 60_000);
});
