import { useEffect, useRef, useState } from 'react';
import { hasSteps, lastRunId, loadRun, saveRun } from '../../persistence/runs';
import type { Tracked } from '../useSimulation';

export type AutosaveNotice = { kind: 'restored'; name: string | null; procedure: string; startDate: string } | { kind: 'unreadable'; problem: string } | { kind: 'unavailable' };

/**
 * Saves the run on screen after every change (a run with no step is not worth a record), and on the
 * first visit without a shared link brings back the run saved last. `restore` is called with it only
 * while the screen still holds an untouched run.
 */
export function useAutosave(tracked: Tracked, restoreLast: boolean, restore: (t: Tracked) => void) {
  const [savedTick, setSavedTick] = useState(0);
  const [notice, setNotice] = useState<AutosaveNotice | null>(null);
  const latest = useRef(tracked);
  useEffect(() => {
    latest.current = tracked;
  }, [tracked]);

  useEffect(() => {
    if (!hasSteps(tracked.history)) return;
    let live = true;
    saveRun(tracked)
      .then(() => live && setSavedTick((x) => x + 1))
      .catch(() => live && setNotice({ kind: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [tracked]);

  const restoreRef = useRef(restore);
  useEffect(() => {
    restoreRef.current = restore;
  }, [restore]);
  useEffect(() => {
    if (!restoreLast) return;
    let live = true;
    const first = latest.current.id;
    void lastRunId()
      .then((id) => (id ? loadRun(id) : null))
      .then((r) => {
        if (!live || !r) return;
        if (!r.ok) return setNotice({ kind: 'unreadable', problem: r.problems.map((p) => `${p.path}: ${p.message}`).slice(0, 2).join('; ') });
        // Only over the untouched run the screen opened with.
        if (latest.current.id !== first || hasSteps(latest.current.history)) return;
        restoreRef.current({ id: r.run.id, name: r.run.name, title: r.run.title, history: r.run.history });
        setNotice({ kind: 'restored', name: r.run.name, procedure: r.run.procedure, startDate: r.run.startDate });
      })
      .catch(() => live && setNotice({ kind: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [restoreLast]);

  return { savedTick, notice, dismiss: () => setNotice(null) };
}
