import { useTranslation } from 'react-i18next';
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang } from '../../../models/law/types';
import { quorumCitation } from '../../../models/procedures/councilVote';
import { CitationView } from '../../law/CitationView';
import { ActionButton } from './ActionButton';
import { ctxOf, type Send } from './model';

/** "6 of 9 present, 6 needed" with a bar (green when quorate), the rule and its article. */
export function QuorumMeter({ snapshot, lang, onSend }: { snapshot: AnyMachineSnapshot; lang: Lang; onSend: Send }) {
  const { t } = useTranslation('meeting');
  const ctx = ctxOf(snapshot);
  const q = ctx.quorum;
  const pct = (n: number) => `${q.permanent === 0 ? 0 : Math.min(100, (n / q.permanent) * 100)}%`;
  const rule = ctx.rules.quorum;
  return (
    <section className="meeting-panel quorum" data-testid="quorum-meter" data-met={q.met}>
      <div className="quorum-line">
        <strong data-testid="quorum-text">{t('quorum.meter', { present: q.present, permanent: q.permanent, needed: q.needed })}</strong>
        <span className={`badge ${q.met ? 'ok' : 'bad'}`}>{q.met ? t('quorum.met') : t('quorum.notMet')}</span>
      </div>
      <div className="quorum-bar" role="meter" aria-label={t('quorum.meter', { present: q.present, permanent: q.permanent, needed: q.needed })} aria-valuemin={0} aria-valuemax={q.permanent} aria-valuenow={q.present}>
        <div className={`quorum-fill ${q.met ? 'ok' : 'bad'}`} style={{ width: pct(q.present) }} />
        <div className="quorum-mark" style={{ left: pct(q.needed) }} />
      </div>
      <p className="rule-line">
        {rule ? t('quorum.rule', { num: rule.num, den: rule.den }) : t('quorum.none')}
        {' · '}
        <CitationView id={quorumCitation(ctx.body.kind)} lang={lang} />
      </p>
      <ActionButton snapshot={snapshot} lang={lang} onSend={onSend} event={{ type: 'quorum.check' }} label={t('quorum.check')} testId="quorum-check" />
    </section>
  );
}
