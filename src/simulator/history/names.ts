import type { TFunction } from 'i18next';
import type { Line, RunHistory } from '../../../models/procedures/core/history';

/** A line's name: the one the user gave, or "Main line" / "Branch 2". */
export function lineName(line: Pick<Line, 'n' | 'name'>, t: TFunction<'history'>): string {
  if (line.name) return line.name;
  return line.n === 0 ? t('mainLine') : t('branchN', { n: line.n });
}

/** The current line's name, for the note that a step here starts a branch. */
export function lineNameOf(h: RunHistory, t: TFunction<'history'>): string {
  const line = h.lines[h.current];
  return line ? lineName(line, t) : '';
}
