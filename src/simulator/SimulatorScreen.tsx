import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { ParseProblem } from '../../models/org/schema';
import type { OrgDocument, UnitId } from '../../models/org/types';
import { decodeRun, PROCEDURES } from '../../models/procedures';
import { PROCEDURE_IDS, stateValueString } from '../../models/procedures/core';
import type { ProcedureId } from '../../models/procedures/core/types';
import { rosterFromOrg } from '../../models/procedures/councilVote/roster';
import type { InspectionContext } from '../../models/procedures/inspection';
import '../styles/simulator.css';
import { CalendarStrip } from './CalendarStrip';
import { ContextPanel } from './ContextPanel';
import { DEFAULT_INPUTS, UNIT_PATH } from './defaults';
import { EventPanel } from './EventPanel';
import './i18n';
import { InputForm, setPath } from './InputForm';
import { deadlinesOf, decidedWithProtest, linkedTitleIn, protestInputFrom, ROLE_OF_KIND } from './model';
import { OrgPane } from './OrgPane';
import { ProtestControl } from './ProtestControl';
import { ScenarioBar } from './ScenarioBar';
import { StatechartView } from './statechart/StatechartView';
import { Timeline } from './Timeline';
import { useOrgInvolvement } from './useOrgInvolvement';
import { newSession, useSimulation, type Session } from './useSimulation';

/** The council meeting screen, loaded with the first councilVote run. */
const MeetingView = lazy(() => import('./meeting/MeetingView').then((m) => ({ default: m.MeetingView })));

/** What the centre shows: the meeting (councilVote runs only), the org diagram or the statechart. */
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
  const sim = useSimulation(() => fromHash.session ?? newSession('inspection', DEFAULT_INPUTS.inspection));
  const { def, session, steps, position, snapshot } = sim;
  const procedure = session.run.procedure;
  const [chosen, setChosen] = useState<ProcedureId>(procedure);
  const [drafts, setDrafts] = useState<Partial<Record<ProcedureId, unknown>>>(() => ({ ...DEFAULT_INPUTS, [procedure]: session.run.input }));
  const [problems, setProblems] = useState<{ kind: 'file' | 'link'; list: ParseProblem[] } | null>(fromHash.problems ? { kind: 'link', list: fromHash.problems } : null);
  const [view, setView] = useState<View>(procedure === 'councilVote' ? 'meeting' : 'diagram');
  const [orgMessage, setOrgMessage] = useState<string | null>(null);
  const [council, setCouncil] = useState<UnitId | null>(null);
  const involvement = useOrgInvolvement(doc, session.run);

  const load = useCallback(
    (s: Session) => {
      sim.load(s);
      setChosen(s.run.procedure);
      // A council run opens on its meeting; another run never stays on a meeting tab it lacks.
      setView((v) => (s.run.procedure === 'councilVote' ? 'meeting' : v === 'meeting' ? 'diagram' : v));
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

  const chosenDef = PROCEDURES[chosen];
  const onUnitClick = (id: UnitId) => {
    const unit = doc.units[id];
    if (!unit) return;
    if (chosen === 'councilVote') {
      const r = rosterFromOrg(doc, id);
      if (!r.ok) return setOrgMessage(t('rosterProblem', { code: r.code, reason: t(`rosterCode.${r.code}`) }));
      setOrgMessage(null);
      setCouncil(id);
      return setDrafts((d) => ({ ...d, councilVote: setPath(d.councilVote, ['body'], r.body) }));
    }
    const paths = UNIT_PATH[chosen];
    const role = ROLE_OF_KIND[unit.kind];
    if (!paths || !role) return setOrgMessage(t('notProsecutorUnit'));
    setOrgMessage(null);
    setDrafts((d) => ({ ...d, [chosen]: setPath(setPath(d[chosen], paths.role, role), paths.unit, id) }));
  };

  const start = () => load(newSession(chosen, drafts[chosen]));
  const ctx = snapshot?.context as { date: string } | undefined;
  const deadlines = useMemo(() => (ctx ? deadlinesOf(procedure, ctx) : []), [procedure, ctx]);
  const title = session.title?.[lang] ?? '';
  const canOpenProtest = snapshot !== null && decidedWithProtest(procedure, snapshot.context);
  const openProtest = () => {
    if (!snapshot) return;
    const inspTitle = session.title ? `${session.title.kk} / ${session.title.ru} / ${session.title.en}` : t('untitled');
    sim.openLinked(newSession('protest', protestInputFrom(snapshot.context as InspectionContext, inspTitle)));
    setChosen('protest');
  };
  const decideStep = steps.find((s) => s.verdict.ok && s.event.type === 'inspection.decide')?.index ?? -1;
  const linkedTitle = (session.run.input as { linkedRun?: { title?: string } }).linkedRun?.title;
  const isCouncil = procedure === 'councilVote';
  // Council members by name in the timeline: the run's own names first, then the org document.
  const names = (session.run.input as { body?: { names?: Record<string, Partial<Record<Lang, string>>> } }).body?.names;
  const nameOf = useCallback((id: string) => names?.[id]?.[lang] ?? doc.units[id]?.name[lang], [names, doc, lang]);
  const shown: View = view === 'meeting' && !isCouncil ? 'diagram' : view;
  // The meeting in the centre takes the left column's room too: the input is on the diagram tab.
  const meetingCentre = shown === 'meeting' && chosen === 'councilVote';
  const views: View[] = isCouncil ? ['meeting', 'diagram', 'statechart'] : ['diagram', 'statechart'];
  const chooseProcedure = (p: ProcedureId) => {
    setChosen(p);
    if (p !== 'councilVote' && view === 'meeting') setView('diagram');
  };

  return (
    <main className="simulator" data-testid="simulator" data-procedure={procedure}>
      <div className="sim-top">
        <label className="sim-proc">
          {t('procedure')}{' '}
          <select data-testid="procedure-select" value={chosen} onChange={(e) => chooseProcedure(e.target.value as ProcedureId)}>
            {PROCEDURE_IDS.filter((id) => PROCEDURES[id]).map((id) => (
              <option key={id} value={id}>{PROCEDURES[id]?.title[lang] ?? id}</option>
            ))}
          </select>
        </label>
        <ScenarioBar session={session} lang={lang} onLoad={load} onProblems={(p) => setProblems(p ? { kind: 'file', list: p } : null)} />
        <span className="sim-title" data-testid="run-title" title={title}>{title}</span>
        {sim.parent && (
          <button type="button" className="sim-link" data-testid="back-to-inspection" onClick={() => { sim.backToParent(); setChosen('inspection'); }}>
            <ArrowLeft aria-hidden="true" size={14} /> {t('backToInspection')}
          </button>
        )}
        {canOpenProtest && (
          <button type="button" className="sim-link" data-testid="open-protest" onClick={openProtest}>
            {sim.child ? t('reopenProtest') : t('openProtest')} <ArrowRight aria-hidden="true" size={14} />
          </button>
        )}
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
            <h3>{t('setup')}: {t(`procedures.${chosen}`)}</h3>
            {chosenDef && <InputForm def={chosenDef} draft={drafts[chosen]} doc={doc} lang={lang} onDraft={(d) => setDrafts((all) => ({ ...all, [chosen]: d }))} onStart={start} councilId={council} onPickCouncil={onUnitClick} />}
            {orgMessage && <p className="sim-problems" data-testid="org-message">{orgMessage}</p>}
          </section>
          {def && snapshot && <ContextPanel procedure={procedure} snapshot={snapshot} deadlines={deadlines} />}
          {def && snapshot && procedure === 'protest' && (
            <ProtestControl def={def} snapshot={snapshot} doc={doc} lang={lang} author={involvement.author} higher={involvement.higher} message={null} onSend={sim.send} />
          )}
        </aside>
        <div className="sim-center">
          {linkedTitle && procedure === 'protest' && (
            <p className="sim-linked" data-testid="linked-from">
              {t('linkedFrom', { title: linkedTitleIn(linkedTitle, lang) })}{' '}
              {sim.parent && <button type="button" className="sim-link" onClick={() => { sim.backToParent(); setChosen('inspection'); }}><ArrowLeft aria-hidden="true" size={14} /> {t('backToInspection')}</button>}
            </p>
          )}
          <div className="sim-views segmented-light" role="tablist">
            {views.map((v) => (
              <button key={v} type="button" role="tab" aria-selected={shown === v} data-testid={`view-${v}`} onClick={() => setView(v)}>{t(`views.${v}`)}</button>
            ))}
          </div>
          <div className="sim-view">
            {shown === 'meeting' && def && snapshot && (
              <div className="sim-meeting">
                <Suspense fallback={null}>
                  <MeetingView run={session.run} steps={steps} snapshot={snapshot} lang={lang} doc={doc} onSend={sim.send} />
                </Suspense>
              </div>
            )}
            {shown === 'diagram' && <OrgPane doc={doc} lang={lang} highlight={involvement.highlight} council={chosen === 'councilVote'} onUnitClick={onUnitClick} />}
            {shown === 'statechart' && def && snapshot && <StatechartView machine={def.machine} value={stateValueString(snapshot)} lang={lang} />}
          </div>
          {ctx && shown !== 'meeting' && <CalendarStrip date={ctx.date} deadlines={deadlines} lang={lang} />}
        </div>
        <aside className="sim-right">
          {def && snapshot && isCouncil && shown !== 'meeting' && (
            <Suspense fallback={null}>
              <MeetingView run={session.run} steps={steps} snapshot={snapshot} lang={lang} doc={doc} onSend={sim.send} />
            </Suspense>
          )}
          {def && snapshot && !isCouncil && (
            <EventPanel def={def} snapshot={snapshot} lang={lang} position={position} total={steps.length} onSend={sim.send} />
          )}
          {def && (
            <Timeline
              def={def}
              steps={steps}
              notes={session.notes}
              startDate={(session.run.input as { startDate: string }).startDate}
              position={position}
              lang={lang}
              onGo={sim.go}
              onReset={sim.reset}
              link={sim.child && decideStep > 0 ? { step: decideStep, label: t('linkedTo'), onOpen: openProtest } : null}
              nameOf={nameOf}
            />
          )}
        </aside>
      </div>
    </main>
  );
}
