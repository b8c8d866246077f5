import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { compareLines, type LineId, type RunHistory } from '../../../models/procedures/core/history';
import type { ProcedureDefinition } from '../../../models/procedures/core/types';
import { eventTypeLabel, stateLabel } from '../labels';
import { payloadText } from '../payload';
import './i18n';
import { lineName } from './names';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Props {
  def: AnyDef;
  history: RunHistory;
  /** The other line, compared with the current one. */
  other: LineId;
  lang: Lang;
  onOther: (id: LineId) => void;
}

/** Two lines side by side: where they part, and the state and date each reaches. */
export function CompareView({ def, history, other, lang, onOther }: Props) {
  const { t } = useTranslation('history');
  const { t: ts } = useTranslation('simulator');
  const a = history.current;
  const c = compareLines(def, history, a, other);
  const rows = [
    { key: 'a' as const, id: a },
    { key: 'b' as const, id: other },
  ];
  const stepAt = (id: LineId, n: number | null) => {
    const e = n === null ? undefined : history.lines[id]?.events[n - 1];
    if (!e) return t('none');
    const payload = payloadText(e, { lang, t: ts, def });
    return `${eventTypeLabel(def, e.type, lang)}${payload ? ` (${payload})` : ''}`;
  };
  return (
    <section className="sim-panel sim-compare" data-testid="compare" data-first-difference={c.firstDifference ?? ''} data-shared={c.shared}>
      <div className="sim-compare-head">
        <h3>{t('compareTitle')}</h3>
        <span>
          «{lineName(history.lines[a] ?? { n: 0, name: null }, t)}» {t('compareWith')}{' '}
          <select data-testid="compare-with" value={other} aria-label={t('compareWith')} onChange={(e) => onOther(e.target.value)}>
            {history.order.filter((id) => id !== a).map((id) => (
              <option key={id} value={id}>{lineName(history.lines[id] ?? { n: 0, name: null }, t)}</option>
            ))}
          </select>
        </span>
      </div>
      <p className="sim-compare-verdict" data-testid="compare-verdict">
        {c.firstDifference === null ? t('noDifference') : t('firstDifference', { n: c.firstDifference })} {t('sharedSteps', { n: c.shared })}
      </p>
      <table className="sim-compare-table">
        <thead>
          <tr>
            <th scope="col">{t('line')}</th>
            {c.firstDifference !== null && <th scope="col">{t('stepThere', { n: c.firstDifference })}</th>}
            <th scope="col">{t('steps')}</th>
            <th scope="col">{t('reaches')}</th>
            <th scope="col">{t('onDate')}</th>
            <th scope="col">{t('refusedSteps')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, id }) => {
            const end = c.ends[key];
            const line = history.lines[id];
            return (
              <tr key={key} data-testid="compare-end" data-line={id} data-state={end.state} data-date={end.date} data-steps={end.steps}>
                <th scope="row">{line ? lineName(line, t) : id}</th>
                {c.firstDifference !== null && <td>{stepAt(id, c.firstDifference)}</td>}
                <td>{end.steps}</td>
                <td>{stateLabel(def, end.state, lang)}</td>
                <td className="sim-nowrap">{end.date}</td>
                <td>{end.refused}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
