import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  isQuorate,
  quorumNeeded,
  tally,
  TWO_THIRDS,
  type Choice,
} from '../../../../models/procedures/councilVote';

const votes = (f: number, a: number, ab: number): Choice[] => [
  ...Array<Choice>(f).fill('for'),
  ...Array<Choice>(a).fill('against'),
  ...Array<Choice>(ab).fill('abstain'),
];

describe('quorumNeeded: two thirds of the permanent members, rounded up (Council Regulation)', () => {
  it.each([
    [3, 2], [4, 3], [5, 4], [6, 4], [7, 5], [8, 6], [9, 6], [10, 7],
    [11, 8], [12, 8], [13, 9], [14, 10], [15, 10],
  ])('%i permanent members need %i present', (permanent, needed) => {
    expect(quorumNeeded(permanent, TWO_THIRDS)).toBe(needed);
    expect(isQuorate(needed, permanent, TWO_THIRDS)).toBe(true);
    expect(isQuorate(needed - 1, permanent, TWO_THIRDS)).toBe(false);
  });

  it('no separate quorum (the collegium) needs one member in the room, none for an empty body', () => {
    expect(quorumNeeded(9, null)).toBe(1);
    expect(isQuorate(0, 9, null)).toBe(false);
    expect(isQuorate(1, 9, null)).toBe(true);
    expect(quorumNeeded(0, null)).toBe(0);
  });

  it('other fractions round up too: a half of 7 is 4, the whole of 5 is 5', () => {
    expect(quorumNeeded(7, { num: 1, den: 2 })).toBe(4);
    expect(quorumNeeded(8, { num: 1, den: 2 })).toBe(4);
    expect(quorumNeeded(5, { num: 1, den: 1 })).toBe(5);
  });

  it('defaults: the council has 2/3 and ofPresent, the collegium no quorum and ofTotal', () => {
    expect(DEFAULT_RULES.coordinationCouncil).toEqual({ quorum: { num: 2, den: 3 }, majority: 'ofPresent', chairCastingVote: false });
    expect(DEFAULT_RULES.collegium).toEqual({ quorum: null, majority: 'ofTotal', chairCastingVote: false });
  });
});

describe('tally, ofPresent: for > present / 2', () => {
  it('3 of 5 present adopts; silence and abstention count against the motion', () => {
    expect(tally(votes(3, 0, 0), 5, 9, 'ofPresent', false)).toEqual({ for: 3, against: 0, abstain: 0, present: 5, adopted: true, rule: 'ofPresent', needed: 3, tie: false });
    expect(tally(votes(2, 0, 3), 5, 9, 'ofPresent', false).adopted).toBe(false);
    expect(tally(votes(2, 0, 0), 5, 9, 'ofPresent', false).adopted).toBe(false);
  });

  it('a tie (3 of 6) fails unless the casting vote is on and the chair voted for', () => {
    const t = tally(votes(3, 3, 0), 6, 9, 'ofPresent', false, 'for');
    expect(t).toMatchObject({ tie: true, adopted: false, needed: 4 });
    expect(tally(votes(3, 3, 0), 6, 9, 'ofPresent', true, 'for').adopted).toBe(true);
    expect(tally(votes(3, 3, 0), 6, 9, 'ofPresent', true, 'against').adopted).toBe(false);
    expect(tally(votes(3, 0, 3), 6, 9, 'ofPresent', true, 'abstain').adopted).toBe(false);
    expect(tally(votes(3, 2, 0), 6, 9, 'ofPresent', true, undefined).adopted).toBe(false);
  });

  it('the casting vote does nothing off the boundary', () => {
    expect(tally(votes(2, 4, 0), 6, 9, 'ofPresent', true, 'for')).toMatchObject({ tie: false, adopted: false });
  });
});

describe('tally, ofVotesCast: for > against', () => {
  it('abstentions do not count: 2 for, 1 against, 4 abstain adopts', () => {
    expect(tally(votes(2, 1, 4), 7, 9, 'ofVotesCast', false)).toMatchObject({ adopted: true, needed: 2, tie: false });
  });

  it('for = against is a tie, carried only by the chair voting for under the casting vote', () => {
    expect(tally(votes(2, 2, 2), 6, 9, 'ofVotesCast', false, 'for')).toMatchObject({ tie: true, adopted: false });
    expect(tally(votes(2, 2, 2), 6, 9, 'ofVotesCast', true, 'for').adopted).toBe(true);
    expect(tally(votes(2, 2, 2), 6, 9, 'ofVotesCast', true, 'against').adopted).toBe(false);
  });

  it('nobody for, nobody against: a tie nobody can carry', () => {
    expect(tally(votes(0, 0, 5), 5, 9, 'ofVotesCast', true, 'abstain')).toMatchObject({ tie: true, adopted: false });
  });
});

describe('tally, ofTotal: for > members / 2 (CL art. 30)', () => {
  it('absent members count against: 4 for of 6 present fails in a body of 9, 5 for passes', () => {
    expect(tally(votes(4, 1, 1), 6, 9, 'ofTotal', false)).toMatchObject({ adopted: false, needed: 5, tie: false });
    expect(tally(votes(5, 1, 0), 6, 9, 'ofTotal', false).adopted).toBe(true);
  });

  it('4 of 8 is a tie: the casting vote with the chair for carries it, the chair absent does not', () => {
    expect(tally(votes(4, 0, 0), 5, 8, 'ofTotal', false, 'for')).toMatchObject({ tie: true, adopted: false, needed: 5 });
    expect(tally(votes(4, 0, 0), 5, 8, 'ofTotal', true, 'for').adopted).toBe(true);
    expect(tally(votes(4, 0, 0), 4, 8, 'ofTotal', true, undefined).adopted).toBe(false);
  });

  it('the same votes give different results under each base', () => {
    const v = votes(3, 1, 1); // 5 present of 9
    expect(tally(v, 5, 9, 'ofPresent', false).adopted).toBe(true);
    expect(tally(v, 5, 9, 'ofVotesCast', false).adopted).toBe(true);
    expect(tally(v, 5, 9, 'ofTotal', false).adopted).toBe(false);
  });

  it('votes may be given as a record by member id', () => {
    expect(tally({ a: 'for', b: 'for', c: 'against' }, 3, 3, 'ofTotal', false)).toMatchObject({ for: 2, against: 1, abstain: 0, adopted: true });
  });
});
