import { useTranslation } from 'react-i18next';
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang } from '../../../models/law/types';
import type { CouncilVoteEvent } from '../../../models/procedures/councilVote';
import { reasonText, verdictOf, type Send } from './model';
import { Reason } from './Reason';

interface Props {
  snapshot: AnyMachineSnapshot;
  event: CouncilVoteEvent;
  label: string;
  lang: Lang;
  onSend: Send;
  testId: string;
  /** Show the refusal under the button too, not only as its title. */
  showReason?: boolean;
  className?: string;
}

/** A button for one event, disabled with the model's reason, article and provenance when the event would be refused. */
export function ActionButton({ snapshot, event, label, lang, onSend, testId, showReason = false, className }: Props) {
  const { t } = useTranslation('meeting');
  const v = verdictOf(snapshot, event);
  const reason = reasonText(v, t, lang);
  return (
    <span className="action">
      <button type="button" className={className} disabled={!v.ok} title={reason} data-testid={testId} onClick={() => onSend(event)}>
        {label}
      </button>
      {showReason && !v.ok && <small className="action-reason" data-testid={`${testId}-reason`}><Reason verdict={v} lang={lang} /></small>}
    </span>
  );
}
