import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cite, formatCitation } from '../../../models/law';
import type { Lang } from '../../../models/law/types';
import { runAt, type RunView } from '../../../models/lessons';
import type { ScenarioFile } from '../../../models/procedures/core/scenario';
import { getProcedure } from '../../../models/procedures';
import { eventTypeLabel, reasonText, stateLabel } from '../../simulator/labels';
import { loadScenario } from '../load';

/** A sample run replayed to the stop's step: the step, its verdict (and refusal), the state, the date, the note. */
export function RunStage({ view, lang }: { view: RunView; lang: Lang }) {
  const { t } = useTranslation('lessons');
  const [file, setFile] = useState<{ name: string; file: ScenarioFile } | { name: string; error: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadScenario(view.scenario).then(
      (f) => !cancelled && setFile({ name: view.scenario, file: f }),
      (e: unknown) => !cancelled && setFile({ name: view.scenario, error: String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [view.scenario]);
  const at = useMemo(() => (file && 'file' in file && file.name === view.scenario ? runAt(file.file, view.step) : null), [file, view.scenario, view.step]);
  if (file && 'error' in file) return <p className="lesson-error" role="alert">{t('loadFailed', { reason: file.error })}</p>;
  if (!at) return <div className="lesson-run" data-testid="stage-run" aria-busy="true" />;
  const def = getProcedure(at.procedure);
  const cur = at.current;
  const recent = at.rows.slice(-5, -1);
  return (
    <div className="lesson-run" data-testid="stage-run" data-step={view.step}>
      <h3 className="run-title">{at.title[lang]}</h3>
      <div className="run-meta">
        <span>{cur ? t('run.step', { n: cur.index, total: at.total }) : t('run.start')}</span>
        <span>
          {t('run.date')}: <strong data-testid="run-date">{at.date}</strong>
        </span>
        <span>
          {t('run.state')}: <strong data-testid="run-state">{stateLabel(def, at.state, lang)}</strong>
        </span>
      </div>
      <ol className="run-rows" start={recent[0]?.index ?? 1}>
        {recent.map((r) => (
          <li key={r.index} className={r.accepted ? 'is-ok' : 'is-refused'}>
            {eventTypeLabel(def, r.type, lang)} <span className="run-verdict">{r.accepted ? t('run.accepted') : t('run.refused')}</span>
          </li>
        ))}
      </ol>
      {cur && (
        <div className={`run-current ${cur.accepted ? 'is-ok' : 'is-refused'}`} data-testid="run-current" data-accepted={cur.accepted}>
          <div className="run-event">
            {cur.index}. {eventTypeLabel(def, cur.type, lang)} <span className="run-verdict">{cur.accepted ? t('run.accepted') : t('run.refused')}</span>
          </div>
          {!cur.accepted && cur.citation && (
            <div className="run-refusal" data-testid="run-refusal" data-code={cur.code ?? ''}>
              {reasonText(def, { ok: false, code: cur.code ?? '', citation: cur.citation, ...(cur.values ? { values: cur.values } : {}) }, lang)} <em>({formatCitation(cite(cur.citation), lang)})</em>
            </div>
          )}
          {cur.note?.[lang] && <p className="run-note">{cur.note[lang]}</p>}
        </div>
      )}
    </div>
  );
}
