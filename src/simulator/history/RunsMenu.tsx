import { useEffect, useState } from 'react';
import { FolderOpen } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { getProcedure, isRegistered } from '../../../models/procedures';
import { listRuns, renameRun, type RunSummary } from '../../persistence/runs';
import './i18n';

interface Props {
  /** The record of the run on screen. */
  currentId: string;
  /** Bumped after every save, so an open list shows the latest. */
  savedTick: number;
  lang: Lang;
  onOpen: (id: string) => void;
  /** The run on screen was renamed here. */
  onRenameCurrent: (name: string) => void;
}

/** A saved run's name: the one given, or "Inspection from 2025-03-03". */
export function runName(r: Pick<RunSummary, 'name' | 'procedure' | 'startDate'>, lang: Lang, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (r.name) return r.name;
  const procedure = isRegistered(r.procedure) ? getProcedure(r.procedure).title[lang] : r.procedure;
  return t('untitledRun', { procedure, date: r.startDate });
}

function NameInput({ run, lang, onCommit }: { run: RunSummary; lang: Lang; onCommit: (name: string) => void }) {
  const { t } = useTranslation('history');
  const [value, setValue] = useState(run.name ?? '');
  const commit = () => {
    if (value.trim() !== (run.name ?? '')) onCommit(value);
  };
  return (
    <input
      type="text"
      data-testid="run-name"
      value={value}
      maxLength={120}
      placeholder={runName({ ...run, name: null }, lang, t)}
      aria-label={t('runName')}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

/** The runs saved on this machine, newest first: open one, name it. */
export function RunsMenu({ currentId, savedTick, lang, onOpen, onRenameCurrent }: Props) {
  const { t } = useTranslation('history');
  const [open, setOpen] = useState(false);
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!open) return;
    let live = true;
    listRuns()
      .then((list) => live && setRuns(list))
      .catch(() => live && setRuns([]));
    return () => {
      live = false;
    };
  }, [open, savedTick, tick]);
  return (
    <div className="sim-runs">
      <button type="button" data-testid="runs-toggle" aria-expanded={open} title={t('runsTitle')} onClick={() => setOpen((o) => !o)}>
        <FolderOpen aria-hidden="true" size={14} /> {t('runs')}
      </button>
      {open && (
        <div className="sim-runs-pop" data-testid="runs-menu" role="dialog" aria-label={t('runs')} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {runs && runs.length === 0 && <p className="sim-muted">{t('noRuns')}</p>}
          <ul>
            {(runs ?? []).map((r) => (
              <li key={r.id} data-testid="saved-run" data-run={r.id} data-current={r.id === currentId} data-procedure={r.procedure} data-steps={r.steps} data-lines={r.lines}>
                <NameInput
                  key={`${r.id}-${r.name ?? ''}`}
                  run={r}
                  lang={lang}
                  onCommit={(name) => {
                    if (r.id === currentId) onRenameCurrent(name);
                    else void renameRun(r.id, name).then(() => setTick((x) => x + 1));
                  }}
                />
                <span className="sim-muted">
                  {isRegistered(r.procedure) ? getProcedure(r.procedure).title[lang] : r.procedure} · {r.startDate} · {t('stepsN', { n: r.steps })}
                  {r.lines > 1 ? ` · ${t('linesN', { n: r.lines })}` : ''}
                </span>
                {r.id === currentId ? (
                  <span className="sim-badge ok">{t('current')}</span>
                ) : (
                  <button type="button" data-testid="open-run" onClick={() => { onOpen(r.id); setOpen(false); }}>{t('openRun')}</button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
