import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { majorityCitation, type CouncilVoteContext } from '../../../models/procedures/councilVote';
import { CitationView } from '../../law/CitationView';
import { decisionTally, ruleSentence } from './tallyView';

/** context.decisions as a table: one row per voted item, and the rule's citation with its provenance. */
export function Decisions({ ctx, lang }: { ctx: CouncilVoteContext; lang: Lang }) {
  const { t } = useTranslation('meeting');
  return (
    <section className="meeting-panel decisions" data-testid="decisions">
      <h3>{t('decisions.heading')} · {ctx.decisions.length}</h3>
      {ctx.decisions.length === 0 ? (
        <p className="muted">{t('decisions.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('decisions.item')}</th>
              <th>{t('decisions.votes')}</th>
              <th>{t('decisions.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {ctx.decisions.map((d) => (
              <tr key={d.itemId} data-item={d.itemId}>
                <td>
                  <b>{d.itemId}</b>
                  {d.title && <> — {d.title}</>}
                </td>
                <td>
                  {d.for} / {d.against} / {d.abstain}
                </td>
                <td className={d.adopted ? 'adopted' : 'rejected'} title={ruleSentence(decisionTally(d, ctx), ctx.body.permanentMembers.length, t)}>
                  {d.adopted ? t('tally.adopted') : t('tally.rejected')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ctx.decisions.length > 0 && (
        <p className="rule-line">
          <CitationView id={majorityCitation(ctx.body.kind)} lang={lang} />
        </p>
      )}
    </section>
  );
}
