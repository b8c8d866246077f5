import { useState } from 'react';
import { GitBranch, GitCompare, Pencil, Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { canUndo, type LineId, type RunHistory } from '../../../models/procedures/core/history';
import './i18n';
import { lineName } from './names';

interface Props {
  history: RunHistory;
  comparing: boolean;
  onSwitch: (id: LineId) => void;
  onRename: (id: LineId, name: string) => void;
  onUndo: () => void;
  onCompare: () => void;
}

/** The lines of the run (main line and branches): switch, name, undo the last step, compare. */
export function LineBar({ history, comparing, onSwitch, onRename, onUndo, onCompare }: Props) {
  const { t } = useTranslation('history');
  const [editing, setEditing] = useState<string | null>(null);
  const current = history.lines[history.current];
  const many = history.order.length > 1;
  return (
    <section className="sim-panel sim-lines" data-testid="lines" data-current={history.current} data-count={history.order.length}>
      <div className="sim-lines-head">
        <h3><GitBranch aria-hidden="true" size={14} /> {t('lines')}</h3>
        <button type="button" data-testid="run-undo" onClick={onUndo} disabled={!canUndo(history)} title={t('undoTitle')}>
          <Undo2 aria-hidden="true" size={14} /> {t('undo')}
        </button>
        <button type="button" data-testid="compare-toggle" aria-pressed={comparing} onClick={onCompare} disabled={!many && !comparing}>
          <GitCompare aria-hidden="true" size={14} /> {comparing ? t('closeCompare') : t('compare')}
        </button>
      </div>
      <ul className="sim-line-list">
        {history.order.map((id) => {
          const line = history.lines[id];
          if (!line) return null;
          const parent = line.parent ? history.lines[line.parent] : undefined;
          const isCurrent = id === history.current;
          return (
            <li key={id} className={isCurrent ? 'is-current' : ''}>
              <button type="button" className="sim-line" data-testid="line" data-line={id} aria-pressed={isCurrent} onClick={() => onSwitch(id)}>
                <strong data-testid="line-name">{lineName(line, t)}</strong>{' '}
                <span className="sim-muted">
                  {t('stepsN', { n: line.events.length })}
                  {parent ? ` · ${t('fromLine', { name: lineName(parent, t), k: line.forkAt })}` : ''}
                </span>
              </button>
              {isCurrent && editing === null && (
                <button type="button" className="sim-icon" data-testid="rename-line" title={t('rename')} aria-label={t('rename')} onClick={() => setEditing(line.name ?? '')}>
                  <Pencil aria-hidden="true" size={13} />
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {editing !== null && current && (
        <form
          className="sim-rename"
          onSubmit={(e) => {
            e.preventDefault();
            onRename(current.id, editing);
            setEditing(null);
          }}
        >
          <input type="text" data-testid="line-name-input" aria-label={t('nameOf', { name: lineName(current, t) })} value={editing} maxLength={80} placeholder={lineName({ ...current, name: null }, t)} onChange={(e) => setEditing(e.target.value)} autoFocus />
          <button type="submit" data-testid="line-name-done">{t('renameDone')}</button>
        </form>
      )}
    </section>
  );
}
