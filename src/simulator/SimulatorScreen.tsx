import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { ParseProblem } from '../../models/org/schema';
import type { OrgDocument, UnitId } from '../../models/org/types';
import { decodeRun, FIRST_PROCEDURE, getProcedure, REGISTERED } from '../../models/procedures';
import { byTheme, stateValueString, THEMES } from '../../models/procedures/core';
import type { ProcedureId } from '../../models/procedures/core/types';
import '../styles/simulator.css';
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
import { AddViewAsStopLazy as AddViewAsStop } from '../lessons/addViewLazy';
import { newSession, useSimulation, type Session } from './useSimulation';

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


/** The simulator: pick a procedure, fill its input, step through it, see it on the org, the calendar and its statechart. */
export function SimulatorScreen({ doc, lang }: { doc: OrgDocument; lang: Lang }) {
  const { t } = useTranslation('simulator');
  const [fromHash] = useState(sessionFromHash);
  const sim = useSimulation(() => fromHash.session ?? newSession(FIRST_PROCEDURE.id, FIRST_PROCEDURE.defaultInput));
  const { def, session, steps, position, snapshot } = sim;
  const procedure = session.run.procedure;
  const [chosen, setChosen] = useState<ProcedureId>(procedure);
  const [drafts, setDrafts] = useState<Record<string, unknown>>(() => ({ ...Object.fromEntries(REGISTERED.map((d) => [d.id, d.defaultInput])), [procedure]: session.run.input }));
  const [problems, setProblems] = useState<{ kind: 'file' | 'link'; list: ParseProblem[] } | null>(fromHash.problems ? { kind: 'link', list: fromHash.problems } : null);
  const [view, setView] = useState<View>(def.meetingView ? 'meeting' : 'diagram');
  const [orgMessage, setOrgMessage] = useState<string | null>(null);
  const [pickedUnit, setPickedUnit] = useState<UnitId | null>(null);
  const involvement = useOrgInvolvement(doc, def, session.run);

  const load = useCallback(
    (s: Session) => {
      sim.load(s);
      setChosen(s.run.procedure);
      // A run with a meeting opens on it; another run never stays on a meeting tab it lacks.
      setView((v) => (getProcedure(s.run.procedure).meetingView ? 'meeting' : v === 'meeting' ? 'diagram' : v));
      setDrafts((d) => ({ ...d, [s.run.procedure]: s.run.input }));
    },
    [sim],
  );

  useEffect(() => {
    const onHash = () => {
      const r = sessionFromHash();
      if (r.session) load(r.session);
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
  const chooseProcedure = (p: ProcedureId) => {
    setChosen(p);
    if (!getProcedure(p).meetingView && view === 'meeting') setView('diagram');
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
      {problems && (
        <div className="sim-problems" role="alert" data-testid="scenario-problems">
          <strong>{problems.kind === 'file' ? t('fileRefused') : t('linkRefused')}</strong>
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
          <div className="sim-views segmented-light" role="tablist">
            {views.map((v) => (
              <button key={v} type="button" role="tab" aria-selected={shown === v} data-testid={`view-${v}`} onClick={() => setView(v)}>{t(`views.${v}`)}</button>
            ))}
          </div>
          {/* Lessons: the units this run involves, recorded as a stop of one of my lessons. */}
          <AddViewAsStop screen={() => ({ template: doc.template, document: doc.title[lang], edition: doc.edition, focus: [...involvement.highlight] })} />
          <div className="sim-view">
            {shown === 'meeting' && (
              <div className="sim-meeting">
                <Suspense fallback={null}>
                  <MeetingView run={session.run} steps={steps} snapshot={snapshot} lang={lang} doc={doc} onSend={sim.send} />
                </Suspense>
              </div>
            )}
            {shown === 'diagram' && <OrgPane doc={doc} lang={lang} highlight={involvement.highlight} council={chosenDef.unitPicker !== undefined} onUnitClick={onUnitClick} />}
            {shown === 'statechart' && <StatechartView def={def} value={stateValueString(snapshot)} lang={lang} />}
          </div>
          {shown !== 'meeting' && <CalendarStrip date={ctx.date} deadlines={deadlines} lang={lang} />}
        </div>
        <aside className="sim-right">
          {hasMeeting && shown !== 'meeting' && (
            <Suspense fallback={null}>
              <MeetingView run={session.run} steps={steps} snapshot={snapshot} lang={lang} doc={doc} onSend={sim.send} />
            </Suspense>
          )}
          {!hasMeeting && <EventPanel def={def} snapshot={snapshot} lang={lang} position={position} total={steps.length} onSend={sim.send} />}
          <Timeline
            def={def}
            steps={steps}
            notes={session.notes}
            startDate={(session.run.input as { startDate: string }).startDate}
            position={position}
            lang={lang}
            onGo={sim.go}
            onReset={sim.reset}
            link={sim.child && openingStep > 0 ? { step: openingStep, label: t('linkedTo', { name: getProcedure(sim.child.run.procedure).title[lang] }), onOpen: () => open(sim.child?.run.procedure ?? procedure, () => sim.child?.run.input) } : null}
            nameOf={nameOf}
          />
        </aside>
      </div>
    </main>
  );
}
