import { describe, expect, it } from 'vitest';
import { LAW } from '../../../models/law';
import { themeArticles } from '../../../models/law/articles/themes';
import { norm, seedLines, seedText } from './seed';

const seed = seedLines();

describe('the themes citations', () => {
  it('are in the registry', () => {
    for (const id of Object.keys(themeArticles)) expect(id in LAW, id).toBe(true);
  });

  it('cite the manual: the Kazakh term stands in the seed lines, and an article only where those lines name it', () => {
    for (const [id, c] of Object.entries(themeArticles)) {
      expect(c.source, id).toBe('manual');
      const text = seedText(seed, c.seedLines);
      expect(text, id).toContain(norm(c.term));
      if (c.article !== null) expect(text, id).toContain(`${c.article.split('.')[0]}-`);
    }
  });
});
