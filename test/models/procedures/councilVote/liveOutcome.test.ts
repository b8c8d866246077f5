/** The live tally in words (issue 11, bug 12): an open vote with members still to vote is no tie. */
import { describe, expect, it } from 'vitest';
import { liveOutcome, liveOutcomeText, type Choice } from '../../../../models/procedures/councilVote';
import { LANGS } from '../../../../models/law/types';

const TIE_WORDS = /\btie\b|поровну|тең/i;

describe('the live outcome of a vote', () => {
  it('2 for, 1 against, 1 not yet voted (4 present): voting continues, one more for carries it', () => {
    const o = liveOutcome(['for', 'for', 'against'], 4, 4, 'ofPresent', false);
    expect(o).toEqual({ kind: 'open', notVoted: 1, forNeeded: 1 });
    expect(liveOutcomeText(o, 'en')).toBe('Voting continues: 1 not yet voted; 1 more for would carry it');
    expect(liveOutcomeText(o, 'ru')).toBe('Голосование продолжается: ещё не проголосовали — 1; решение пройдёт, если голосов «за» станет на 1 больше');
    expect(liveOutcomeText(o, 'kk')).toBe('Дауыс беру жалғасуда: 1 мүше әлі дауыс бермеді; тағы 1 «жақтайды» дауысы болса, шешім қабылданады');
    for (const l of LANGS) expect(liveOutcomeText(o, l)).not.toMatch(TIE_WORDS);
  });

  it('says when the votes left cannot change the result, either way', () => {
    const won = liveOutcome(['for', 'for', 'for'], 5, 5, 'ofPresent', false);
    expect(won).toEqual({ kind: 'decided', adopted: true, notVoted: 2 });
    expect(liveOutcomeText(won, 'en')).toBe('Already adopted: the votes not yet cast (2) cannot change it');
    const lost = liveOutcome(['against', 'against', 'against'], 5, 5, 'ofPresent', false);
    expect(lost).toEqual({ kind: 'decided', adopted: false, notVoted: 2 });
    expect(liveOutcomeText(lost, 'ru')).toBe('Решение уже не пройдёт: оставшихся голосов (2) не хватит');
  });

  it('calls it a tie only once everyone present has voted', () => {
    const votes: Choice[] = ['for', 'for', 'against', 'against'];
    const o = liveOutcome(votes, 4, 4, 'ofPresent', false);
    expect(o).toEqual({ kind: 'complete', adopted: false, tie: true });
    expect(liveOutcomeText(o, 'en')).toBe('Everyone present has voted: a tie, no majority');
  });
});
