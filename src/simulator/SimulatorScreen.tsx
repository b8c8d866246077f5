import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { ParseProblem } from '../../models/org/schema';
import type { OrgDocument, UnitId } from '../../models/org/types';
import { decodeRun, FIRST_PROCEDURE, getProcedure, REGISTERED } from '../../models/procedures';
import { byTheme, initialSnapshot, stateValueString, THEMES } from '../../models/procedures/core';
import { lineNameOf } from './history/names';
import type { ProcedureId } from '../../models/procedures/core/types';
import '../styles/simulator.css';
import '../styles/history.css';
import { CalendarStrip } from './CalendarStrip';
import { ContextPanel } from './ContextPanel';
import { EventPanel } from './EventPanel';
import './i18n';
import { InputForm, setPath } from './InputForm';
import { linkedTitleIn, openingsFrom, roleForUnit } from './model';
import { OrgPane } from './OrgPane';
import { ScenarioBar } from './ScenarioBar';
import { StatechartView } from './statechart/StatechartView';
import { SuperiorControl } from './SuperiorControl';
import { Timeline } from './Timeline';
import { useOrgInvolvement } from './useOrgInvolvement';
import { newSession, track, useSimulation, type Session, type Tracked } from './useSimulation';
import { CompareView } from './history/CompareView';
import { LineBar } from './history/LineBar';
import { runName, RunsMenu } from './history/RunsMenu';
import { useAutosave } from './history/useAutosave';
import { loadRun, startDateOf } from '../persistence/runs';
import type { LineId } from '../../models/procedures/core/history';
import { AddViewAsStopLazy as AddViewAsStop } from '../lessons/addViewLazy';

/** The meeting screen, loaded with the first run of a procedure that has one. */
const MeetingView = lazy(() => import('./meeting/MeetingView').then((m) => ({ default: m.MeetingView })));

/** What the centre shows: the meeting (procedures with a meeting view), the org diagram or the statechart. */
type View = 'meeting' | 'diagram' | 'statechart';

function sessionFromHash(): { session: Session | null; problems: ParseProblem[] | null } {
  const m = /^#run=(.*)$/.exec(window.location.hash);
  if (!m) return { session: null, problems: null };
  const r = decodeRun(m[1] ?? '');
  if (!r.ok) return { session: null, problems: r.problems };
  return { session: { run: r.value, title: null, notes: [], position: r.value.events.length }, problems: null };
}

/** What switching procedure did with the run that was on screen (bug 6). */
type SwitchNotice = { kind: 'saved' | 'kept'; old: Tracked; procedure: ProcedureId };


/** The simulator: pick a procedure, fill its input, step through it, see it on the org, the calendar and its statechart. */
export function SimulatorScreen({ doc, lang }: { doc: OrgDocument; lang: Lang }) {
  const { t } = useTranslation('simulator');
  // Pure: React may run it again when the first render suspends (a lazy part), so the link is cleared after mount.
  const [fromHash] = useState(sessionFromHash);
  useEffect(() => {
    // The link has been read: from now on the run is autosaved, and a reload brings back the run as it
    // stands then, not the link's copy again.
    if (fromHash.session && /^#run=/.test(window.location.hash)) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  }, [fromHash]);
  const sim = useSimulation(() => fromHash.session ?? newSession(FIRST_PROCEDURE.id, FIRST_PROCEDURE.defaultInput));
  const { def, session, steps, position, snapshot, history } = sim;
  // Where the run has been, in order (the initial state first): the statechart marks it.
  const visited = useMemo(
    () => {
      const later = steps.slice(0, position).map((s) => stateValueString(s.snapshot));
      try {
        return [stateValueString(initialSnapshot(def, session.run.input)), ...later];
      } catch {
        return later; // an input the machine cannot start from: mark what the steps show
      }
    },
    [def, session.run.input, steps, position],
  );
  const { t: th } = useTranslation('history');
  const procedure = session.run.procedure;
  const [chosen, setChosen] = useState<ProcedureId>(procedure);
  const [drafts, setDrafts] = useState<Record<string, unknown>>(() => ({ ...Object.fromEntries(REGISTERED.map((d) => [d.id, d.defaultInput])), [procedure]: session.run.input }));
  const [problems, setProblems] = useState<{ kind: 'file' | 'link' | 'saved'; list: ParseProblem[] } | null>(fromHash.problems ? { kind: 'link', list: fromHash.problems } : null);
  const [view, setView] = useState<View>(def.meetingView ? 'meeting' : 'diagram');
  const [orgMessage, setOrgMessage] = useState<string | null>(null);
  const [pickedUnit, setPickedUnit] = useState<UnitId | null>(null);
  const involvement = useOrgInvolvement(doc, def, session.run);

  const [switched, setSwitched] = useState<SwitchNotice | null>(null);
  const [comparing, setComparing] = useState<LineId | null>(null);
  const { loadTracked } = sim;
  const showTracked = useCallback(
    (tr: Tracked) => {
      loadTracked(tr);
      const p = tr.history.procedure;
      setChosen(p);
      // A run with a meeting opens on it; another run never stays on a meeting tab it lacks.
      setView((v) => (getProcedure(p).meetingView ? 'meeting' : v === 'meeting' ? 'diagram' : v));
      setDrafts((d) => ({ ...d, [p]: tr.history.input }));
      setComparing(null);
    },
    [loadTracked],
  );
  const load = useCallback((s: Session) => {
    showTracked(track(s));
    setSwitched(null);
  }, [showTracked]);
  const autosave = useAutosave(sim.tracked, fromHash.session === null && fromHash.problems === null, showTracked);
  const openSaved = (id: string) => {
    void loadRun(id).then((r) => {
      if (r.ok) {
        showTracked({ id: r.run.id, name: r.run.name, title: r.run.title, history: r.run.history });
        setSwitched(null);
      } else setProblems({ kind: 'saved', list: r.problems });
    });
  };

  useEffect(() => {
    const onHash = () => {
      const r = sessionFromHash();
      if (r.session) {
        load(r.session);
        window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
      }
      if (r.problems) setProblems({ kind: 'link', list: r.problems });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [load]);

  const chosenDef = getProcedure(chosen);
  const onUnitClick = (id: UnitId) => {
    if (!doc.units[id]) return;
    const picker = chosenDef.unitPicker;
    if (picker) {
      const r = picker.apply(doc, id, drafts[chosen]);
      if (!r.ok) return setOrgMessage(r.message[lang]);
      setOrgMessage(null);
      setPickedUnit(id);
      return setDrafts((d) => ({ ...d, [chosen]: r.draft }));
    }
    const paths = chosenDef.actingProsecutor;
    const role = roleForUnit(doc, id);
    if (!paths || !role) return setOrgMessage(t('notProsecutorUnit'));
    setOrgMessage(null);
    setDrafts((d) => ({ ...d, [chosen]: setPath(setPath(d[chosen], paths.role, role), paths.unit, id) }));
  };

  const start = () => load(newSession(chosen, drafts[chosen]));
  const runLabel = (tr: Tracked) => runName({ name: tr.name, procedure: tr.history.procedure, startDate: startDateOf(tr.history.input) }, lang, th);
  const ctx = snapshot.context as { date: string };
  const deadlines = useMemo(() => def.deadlines(snapshot.context), [def, snapshot]);
  const title = session.title?.[lang] ?? '';
  // The linked runs this run can open now (an inspection decided with a protest opens a protest).
  const openings = openingsFrom(REGISTERED, procedure, snapshot.context) as { childId: ProcedureId; opening: (typeof REGISTERED)[number]['openedFrom'][number] }[];
  const open = (childId: ProcedureId, input: (parent: unknown, title: string) => unknown) => {
    const parentTitle = session.title ? `${session.title.kk} / ${session.title.ru} / ${session.title.en}` : t('untitled');
    sim.openLinked(newSession(childId, input(snapshot.context, parentTitle)));
    setChosen(childId);
    setView((v) => (getProcedure(childId).meetingView ? 'meeting' : v === 'meeting' ? 'diagram' : v));
  };
  const back = () => {
    const parent = sim.parent;
    if (!parent) return;
    sim.backToParent();
    setChosen(parent.run.procedure);
  };
  const parentDef = sim.parent ? getProcedure(sim.parent.run.procedure) : null;
  // The step after which the run could open the linked one it did open.
  const openingStep = sim.child ? (steps.find((s) => s.verdict.ok && openingsFrom(REGISTERED, procedure, s.snapshot.context).some((o) => o.childId === sim.child?.run.procedure))?.index ?? -1) : -1;
  const linked = (session.run.input as { linkedRun?: { procedure?: string; title?: string } }).linkedRun;
  const linkedFromDef = linked?.procedure ? REGISTERED.find((d) => d.id === linked.procedure) : undefined;
  const hasMeeting = def.meetingView;
  // Members by name in the timeline: the run's own names first, then the org document.
  const names = (session.run.input as { body?: { names?: Record<string, Partial<Record<Lang, string>>> } }).body?.names;
  const nameOf = useCallback((id: string) => names?.[id]?.[lang] ?? doc.units[id]?.name[lang], [names, doc, lang]);
  const shown: View = view === 'meeting' && !hasMeeting ? 'diagram' : view;
  // The meeting in the centre takes the left column's room too: the input is on the diagram tab.
  const meetingCentre = shown === 'meeting' && chosenDef.meetingView;
  const views: View[] = hasMeeting ? ['meeting', 'diagram', 'statechart'] : ['diagram', 'statechart'];
  // Switching procedure never leaves the old run half on screen (bug 6): a valid input starts a new run
  // at once (the old one is in the saved runs, with a way back); otherwise the old run stays, said so.
  const chooseProcedure = (p: ProcedureId) => {
    setChosen(p);
    if (p === procedure) return setSwitched(null);
    const next = getProcedure(p);
    const draft = drafts[p];
    if (next.inputSchema.safeParse(draft).success) {
      const old = sim.tracked;
      showTracked(track(newSession(p, draft)));
      setSwitched({ kind: 'saved', old, procedure: p });
    } else {
      setSwitched({ kind: 'kept', old: sim.tracked, procedure: p });
      if (!next.meetingView && view === 'meeting') setView('diagram');
    }
  };
  const other = comparing !== null && comparing !== history.current && history.lines[comparing] ? comparing : null;
  const compareWith = (): LineId | null => {
    const line = history.lines[history.current];
    if (line?.parent && history.lines[line.parent]) return line.parent;
    return history.order.find((id) => id !== history.current) ?? null;
  };

  return (
    <main className="simulator" data-testid="simulator" data-procedure={procedure}>
      <div className="sim-top">
        <label className="sim-proc">
          {t('procedure')}{' '}
          <select data-testid="procedure-select" value={chosen} onChange={(e) => chooseProcedure(e.target.value as ProcedureId)}>
            {byTheme(REGISTERED).map((g) => (
              <optgroup key={g.theme} label={t('theme', { n: g.theme, title: THEMES[g.theme].title[lang] })} data-theme={g.theme}>
                {g.defs.map((d) => (
                  <option key={d.id} value={d.id}>{d.title[lang]}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <ScenarioBar session={session} lang={lang} onLoad={load} onProblems={(p) => setProblems(p ? { kind: 'file', list: p } : null)} />
        <RunsMenu currentId={sim.tracked.id} savedTick={autosave.savedTick} lang={lang} onOpen={openSaved} onRenameCurrent={sim.renameRun} />
        <span className="sim-title" data-testid="run-title" title={title}>{title}</span>
        {sim.parent && parentDef && (
          <button type="button" className="sim-link" data-testid={`back-to-${parentDef.id}`} onClick={back}>
            <ArrowLeft aria-hidden="true" size={14} /> {t('backTo', { name: parentDef.title[lang] })}
          </button>
        )}
        {openings.map(({ childId, opening }) => (
          <button key={childId} type="button" className="sim-link" data-testid={`open-${childId}`} onClick={() => open(childId, (parent, t2) => opening.input(parent, t2))}>
            {sim.child?.run.procedure === childId ? t('goTo', { name: getProcedure(childId).title[lang] }) : opening.label[lang]} <ArrowRight aria-hidden="true" size={14} />
          </button>
        ))}
      </div>
      {switched && (
        <div className="sim-notice" role="status" data-testid="switch-notice" data-kind={switched.kind}>
          {switched.kind === 'saved'
            ? th('switchedSaved', { old: runLabel(switched.old), procedure: getProcedure(switched.procedure).title[lang] })
            : th('switchedKept', { old: runLabel(switched.old), procedure: getProcedure(switched.procedure).title[lang] })}{' '}
          {switched.kind === 'saved' && (
            <button type="button" data-testid="switch-back" onClick={() => { showTracked(switched.old); setSwitched(null); }}>{th('backToRun', { name: runLabel(switched.old) })}</button>
          )}{' '}
          <button type="button" onClick={() => setSwitched(null)}>{th('dismiss')}</button>
        </div>
      )}
      {autosave.notice && (
        <div className="sim-notice" role="status" data-testid="runs-notice" data-kind={autosave.notice.kind}>
          {autosave.notice.kind === 'restored'
            ? th('restored', { name: runName({ name: autosave.notice.name, procedure: autosave.notice.procedure as ProcedureId, startDate: autosave.notice.startDate }, lang, th) })
            : autosave.notice.kind === 'unreadable'
              ? th('unreadable', { problem: autosave.notice.problem })
              : th('notSavedHere')}{' '}
          <button type="button" onClick={autosave.dismiss}>{th('dismiss')}</button>
        </div>
      )}
      {problems && (
        <div className="sim-problems" role="alert" data-testid="scenario-problems">
          <strong>{problems.kind === 'file' ? t('fileRefused') : problems.kind === 'saved' ? th('savedRefused') : t('linkRefused')}</strong>
          <ul>
            {problems.list.slice(0, 12).map((p, i) => (
              <li key={i}><code>{p.path}</code> — {typeof p.message === 'string' ? p.message : p.message[lang]}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setProblems(null)}>{t('dismiss')}</button>
        </div>
      )}
      <div className={`sim-grid${meetingCentre ? ' is-meeting' : ''}`}>
        <aside className="sim-left">
          <section className="sim-panel">
            <h3>{t('setup')}: {chosenDef.title[lang]}</h3>
            <InputForm def={chosenDef} draft={drafts[chosen]} doc={doc} lang={lang} onDraft={(d) => setDrafts((all) => ({ ...all, [chosen]: d }))} onStart={start} pickedUnit={pickedUnit} onPickUnit={onUnitClick} />
            {orgMessage && <p className="sim-problems" data-testid="org-message">{orgMessage}</p>}
          </section>
          <ContextPanel def={def} snapshot={snapshot} deadlines={deadlines} lang={lang} />
          {def.superiorEvent && (
            <SuperiorControl def={def} event={def.superiorEvent as { type: string }} snapshot={snapshot} doc={doc} lang={lang} author={involvement.author} higher={involvement.higher} message={null} onSend={sim.send} />
          )}
        </aside>
        <div className="sim-center">
          {linked?.title && (
            <p className="sim-linked" data-testid="linked-from">
              {t('linkedFrom', { name: linkedFromDef?.title[lang] ?? linked.procedure ?? '', title: linkedTitleIn(linked.title, lang) })}{' '}
              {sim.parent && parentDef && <button type="button" className="sim-link" onClick={back}><ArrowLeft aria-hidden="true" size={14} /> {t('backTo', { name: parentDef.title[lang] })}</button>}
            </p>
          )}
          {/* The views and, beside them, "add this view as a stop": one row, so the meeting keeps its height. */}
          <div className="sim-view-bar">
            <div className="sim-views segmented-light" role="tablist">
              {views.map((v) => (
                <button key={v} type="button" role="tab" aria-selected={shown === v} data-testid={`view-${v}`} onClick={() => setView(v)}>{t(`views.${v}`)}</button>
              ))}
            </div>
            {/* Lessons: the units this run involves, recorded as a stop of one of my lessons. */}
            <AddViewAsStop screen={() => ({ template: doc.template, document: doc.title[lang], edition: doc.edition, focus: [...involvement.highlight] })} />
          </div>
          {other && (
            <CompareView def={def} history={history} other={other} lang={lang} onOther={setComparing} />
          )}
          <div className="sim-view">
            {shown === 'meeting' && (
              <div className="sim-meeting">
                <Suspense fallback={null}>
                  <MeetingView run={session.run} steps={steps} snapshot={snapshot} lang={lang} doc={doc} onSend={sim.send} />
                </Suspense>
              </div>
            )}
            {shown === 'diagram' && <OrgPane doc={doc} lang={lang} highlight={involvement.highlight} council={chosenDef.unitPicker !== undefined} onUnitClick={onUnitClick} />}
            {shown === 'statechart' && <StatechartView def={def} value={stateValueString(snapshot)} visited={visited} lang={lang} />}
          </div>
          {shown !== 'meeting' && <CalendarStrip date={ctx.date} deadlines={deadlines} lang={lang} />}
        </div>
        <aside className="sim-right">
          {hasMeeting && shown !== 'meeting' && (
            <Suspense fallback={null}>
              <MeetingView run={session.run} steps={steps} snapshot={snapshot} lang={lang} doc={doc} onSend={sim.send} />
            </Suspense>
          )}
          {!hasMeeting && <EventPanel def={def} snapshot={snapshot} lang={lang} position={position} total={steps.length} lineName={lineNameOf(history, th)} onSend={sim.send} />}
          <LineBar
            history={history}
            comparing={other !== null}
            onSwitch={sim.switchTo}
            onRename={sim.renameLine}
            onUndo={sim.undo}
            onCompare={() => setComparing(other ? null : compareWith())}
          />
          <Timeline
            def={def}
            steps={steps}
            notes={session.notes}
            startDate={(session.run.input as { startDate: string }).startDate}
            position={position}
            lang={lang}
            onGo={sim.go}
            onReset={sim.reset}
            onBranch={sim.branchHere}
            link={sim.child && openingStep > 0 ? { step: openingStep, label: t('linkedTo', { name: getProcedure(sim.child.run.procedure).title[lang] }), onOpen: () => open(sim.child?.run.procedure ?? procedure, () => sim.child?.run.input) } : null}
            nameOf={nameOf}
          />
        </aside>
      </div>
    </main>
  );
}
