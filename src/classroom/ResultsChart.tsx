import { useTranslation } from 'react-i18next';
import type { ResultBar } from '../../models/classroom/results';

/** One bar per option or distinct answer (HTML, so labels wrap on a phone); the correct one marked after the reveal. */
export function ResultsChart({ bars, total }: { bars: ResultBar[]; total: number }) {
  const { t } = useTranslation('classroom');
  if (bars.length === 0) return <p className="muted">{t('results.none')}</p>;
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <div className="results-chart" role="figure" aria-label={t('results.heading')} data-testid="results-chart">
      {bars.map((b) => (
        <div key={b.value} className={`result-row ${b.correct === true ? 'correct' : b.correct === false ? 'wrong' : ''}`} data-value={b.value} data-count={b.count}>
          <span className="result-label">{b.label}</span>
          <span className="result-track">
            <span className="result-bar" style={{ width: `${(100 * b.count) / max}%` }} />
          </span>
          <span className="result-count">
            {b.count}{total > 0 ? ` (${Math.round((100 * b.count) / total)}%)` : ''}{b.correct ? ` · ${t('results.correct')}` : ''}
          </span>
        </div>
      ))}
    </div>
  );
}
