import { useTranslation } from 'react-i18next';
import type { ResultBar } from '../../models/classroom/results';

/** Horizontal bars, one per option or distinct answer; the correct one marked after the reveal. */
export function ResultsChart({ bars, total }: { bars: ResultBar[]; total: number }) {
  const { t } = useTranslation('classroom');
  if (bars.length === 0) return <p className="muted">{t('results.none')}</p>;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const rowH = 34;
  const w = 560;
  const labelW = 230;
  return (
    <svg className="results-chart" role="img" aria-label={t('results.heading')} viewBox={`0 0 ${w} ${bars.length * rowH + 6}`} data-testid="results-chart">
      {bars.map((b, i) => {
        const bw = ((w - labelW - 60) * b.count) / max;
        const y = i * rowH + 4;
        const fill = b.correct === true ? '#15803d' : b.correct === false ? '#94a3b8' : '#1d4ed8';
        return (
          <g key={b.value} data-value={b.value} data-count={b.count}>
            <text x={labelW - 8} y={y + 19} textAnchor="end" fontSize="14">{b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}</text>
            <rect x={labelW} y={y} width={Math.max(2, bw)} height={rowH - 8} rx="3" fill={fill} />
            <text x={labelW + Math.max(2, bw) + 6} y={y + 19} fontSize="14" fontWeight="600">
              {b.count}{total > 0 ? ` (${Math.round((100 * b.count) / total)}%)` : ''}{b.correct ? ` · ${t('results.correct')}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
