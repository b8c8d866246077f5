import { useTranslation } from 'react-i18next';
import type { CouncilVoteContext } from '../../models/procedures/councilVote';
import { pick } from '../../models/classroom/schema';
import type { Lang } from '../../models/law/types';
import '../simulator/meeting/i18n';

export function memberName(ctx: CouncilVoteContext, id: string, lang: Lang): string {
  const n = ctx.body.names?.[id];
  return n ? pick(n, lang) : id;
}

/** The meeting's state and its quorum meter, as the projector and every phone show it. */
export function QuorumMeter({ ctx, state }: { ctx: CouncilVoteContext; state: string }) {
  const { t } = useTranslation('classroom');
  const { t: tm } = useTranslation('meeting');
  const q = ctx.quorum;
  const pct = q.permanent > 0 ? (100 * q.present) / q.permanent : 0;
  const need = q.permanent > 0 ? (100 * q.needed) / q.permanent : 0;
  return (
    <div className="quorum" data-testid="quorum" data-present={q.present} data-needed={q.needed} data-met={String(q.met)} data-state={state}>
      <div className="quorum-line">
        <strong>{t('state', { state: tm(`state.${state}`) })}</strong>
        <span className={q.met ? 'quorum-met' : 'quorum-lost'}>{q.met ? t('quorumMet') : t('quorumLost')}</span>
      </div>
      <div className="quorum-bar" aria-hidden="true">
        <div className="quorum-fill" style={{ width: `${pct}%`, background: q.met ? '#15803d' : '#b91c1c' }} />
        <div className="quorum-need" style={{ left: `${need}%` }} />
      </div>
      <div>{t('quorum', { present: q.present, permanent: q.permanent, needed: q.needed })}</div>
    </div>
  );
}

/** Votes on the floor and the decisions taken. */
export function Tally({ ctx }: { ctx: CouncilVoteContext }) {
  const { t } = useTranslation('classroom');
  const votes = Object.values(ctx.votes);
  const count = (c: string) => votes.filter((v) => v === c).length;
  return (
    <div className="tally" data-testid="tally">
      {ctx.currentItem ? <div>{ctx.currentItem.itemId}: {t('tally', { for: count('for'), against: count('against'), abstain: count('abstain') })}</div> : null}
      {ctx.decisions.map((d) => (
        <div key={d.itemId} data-testid="decision">
          {d.itemId}: <strong>{d.adopted ? t('decision.adopted') : t('decision.rejected')}</strong> — {t('tally', { for: d.for, against: d.against, abstain: d.abstain })}
        </div>
      ))}
    </div>
  );
}
