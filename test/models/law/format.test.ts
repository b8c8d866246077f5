import { describe, expect, it } from 'vitest';
import { lineRange } from '../../../models/law';

describe('seed lines as a reader reads them', () => {
  it('a range reads "from–to", one line reads as that line (not "4592–4592")', () => {
    expect(lineRange([4570, 4574])).toBe('4570–4574');
    expect(lineRange([4592, 4592])).toBe('4592');
  });
});
