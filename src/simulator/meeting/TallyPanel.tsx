import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang } from '../../../models/law/types';
import { MAJORITY_LABELS, MAJORITY_RULES, majorityCitation } from '../../../models/procedures/councilVote';
import { liveOutcome, liveOutcomeText } from '../../../models/procedures/councilVote/tally';
import { CitationView } from '../../law/CitationView';
import { ctxOf } from './model';
import { ruleSentence, tallyUnder, voteSetOf } from './tallyView';

/** The live count with its verdict and rule, and the same votes under every other rule. */
export function TallyPanel({ snapshot, lang }: { snapshot: AnyMachineSnapshot; lang: Lang }) {
  const { t } = useTranslation('meeting');
  const ctx = ctxOf(snapshot);
  const [casting, setCasting] = useState<boolean | null>(null);
  const set = voteSetOf(ctx);
  const inForce = ctx.rules.majority;
  const castingOn = casting ?? ctx.rules.chairCastingVote;
  const notYet = ctx.body.permanentMembers.filter((id) => ctx.present.includes(id) && ctx.votes[id] === undefined).length;
  if (!set) {
    return (
      <section className="meeting-panel tally" data-testid="tally">
        <h3>{t('tally.heading')}</h3>
        <p className="muted">{t('tally.empty')}</p>
      </section>
    );
  }
  const r = tallyUnder(set, inForce, ctx.rules.chairCastingVote);
  const live = set.source === 'live' && ctx.currentItem !== null && !ctx.decisions.some((d) => d.itemId === set.itemId);
  // While members present have yet to vote, the count is not a verdict (bug 12: 2 for, 1 against, 1 not yet voted is no tie).
  const outcome = live ? liveOutcome(set.votes, set.present, set.members, inForce, ctx.rules.chairCastingVote, set.chairVote) : null;
  const open = outcome !== null && outcome.kind === 'open';
  return (
    <section className="meeting-panel tally" data-testid="tally">
      <h3>
        {t('tally.heading')} · {set.itemId} <span className="muted">({live ? t('tally.live') : t('tally.last')})</span>
      </h3>
      <div className="tally-counts">
        <span className="count-for" data-testid="tally-for">{t('vote.for')}: <b>{r.for}</b></span>
        <span className="count-against" data-testid="tally-against">{t('vote.against')}: <b>{r.against}</b></span>
        <span className="count-abstain" data-testid="tally-abstain">{t('vote.abstain')}: <b>{r.abstain}</b></span>
        {live && <span className="count-notyet" data-testid="tally-notyet">{t('tally.notYet')}: <b>{notYet}</b></span>}
      </div>
      {/* The verdict and, while members have yet to vote, what their votes can still change: one row. */}
      <div className="verdict-row">
        <div className={`verdict ${open ? 'open' : r.adopted ? 'adopted' : 'rejected'} ${live ? 'provisional' : ''}`} data-testid="verdict" data-outcome={outcome?.kind ?? 'recorded'}>
          {open ? liveOutcomeText(outcome, lang) : r.adopted ? t('tally.adopted') : t('tally.rejected')}
        </div>
        {outcome?.kind === 'decided' && <span className="verdict-live" data-testid="verdict-live">{liveOutcomeText(outcome, lang)}</span>}
      </div>
      <p className="rule-line" data-testid="verdict-rule">
        {ruleSentence(open ? { ...r, tie: false } : r, set.members, t)} · <CitationView id={majorityCitation(ctx.body.kind)} lang={lang} />
      </p>
      <h4>{t('switcher.heading')}</h4>
      <label className="casting">
        <input type="checkbox" checked={castingOn} onChange={(e) => setCasting(e.target.checked)} data-testid="switch-casting" />
        {t('switcher.casting')}
      </label>
      <table className="switcher" data-testid="rule-switcher">
        <tbody>
          {MAJORITY_RULES.map((rule) => {
            const x = tallyUnder(set, rule, castingOn);
            return (
              <tr key={rule} data-rule={rule} className={rule === inForce ? 'in-force' : ''} title={MAJORITY_LABELS[rule][lang]}>
                <th>
                  {t(`switcher.${rule}`)}
                  {rule === inForce && <small> · {t('switcher.inForce')}</small>}
                </th>
                <td className={x.adopted ? 'adopted' : 'rejected'} data-testid={`switch-${rule}`}>{x.adopted ? t('tally.adopted') : t('tally.rejected')}</td>
                <td className="muted">{ruleSentence(x, set.members, t)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
