import { CHANGE_STATUS_LABELS, type EditionChange } from '../../models/law';
import type { Lang } from '../../models/law/types';

/** A status mark in words: confirmed / reported, verify / open question. */
export function StatusMark({ change, lang }: { change: EditionChange; lang: Lang }) {
  return (
    <span className={`status-mark status-${change.status}`} data-testid="change-status" data-status={change.status}>
      {CHANGE_STATUS_LABELS[change.status][lang]}
    </span>
  );
}
