import { useTranslation } from 'react-i18next';
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang } from '../../../models/law/types';
import { CHOICES, type Choice } from '../../../models/procedures/councilVote';
import { ctxOf, reasonText, verdictOf, type Send } from './model';

interface Props {
  id: string;
  name: string;
  role: 'chair' | 'permanent' | 'invited';
  snapshot: AnyMachineSnapshot;
  voting: boolean;
  lang: Lang;
  onSend: Send;
}

/** One participant: name, attendance toggle and, while a vote is open, the three vote buttons. */
export function MemberRow({ id, name, role, snapshot, voting, lang, onSend }: Props) {
  const { t } = useTranslation('meeting');
  const ctx = ctxOf(snapshot);
  const here = ctx.present.includes(id);
  const mark = { type: 'attendance.mark' as const, memberId: id, present: !here };
  const markVerdict = verdictOf(snapshot, mark);
  const cast: Choice | undefined = ctx.votes[id];
  return (
    <li className={`member ${here ? 'is-present' : 'is-absent'} role-${role}`} data-member={id}>
      <label className="member-toggle" title={markVerdict.ok ? '' : reasonText(markVerdict, t, lang)}>
        <input
          type="checkbox"
          checked={here}
          disabled={!markVerdict.ok}
          data-testid={`attend-${id}`}
          onChange={() => onSend(mark)}
        />
        <span className="member-name">{name}</span>
      </label>
      <span className="member-badges">
        {role === 'chair' && <span className="badge chair">{t('roster.chair')}</span>}
        {role === 'invited' && <span className="badge invited">{t('roster.invitedBadge')}</span>}
        {/* While the vote is open the pressed button says it; afterwards the badge does. */}
        {cast !== undefined && !voting && <span className={`badge vote-${cast}`} data-testid={`cast-${id}`}>{t(`choice.${cast}`)}</span>}
      </span>
      {voting && (
        <span className="vote-buttons" role="group">
          {CHOICES.map((choice) => {
            const ev = { type: 'vote.cast' as const, memberId: id, choice };
            const v = verdictOf(snapshot, ev);
            return (
              <button
                key={choice}
                type="button"
                className={`vote-${choice}${cast === choice ? ' is-chosen' : ''}`}
                aria-pressed={cast === choice}
                disabled={!v.ok}
                title={v.ok ? t(`vote.${choice}`) : reasonText(v, t, lang)}
                data-testid={`vote-${id}-${choice}`}
                onClick={() => onSend(ev)}
              >
                {t(`vote.${choice}`)}
              </button>
            );
          })}
        </span>
      )}
    </li>
  );
}
