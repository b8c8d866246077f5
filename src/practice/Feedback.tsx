import { useTranslation } from 'react-i18next';
import { addDays, compareIso, dayInfo } from '../../models/calendar';
import { cite, formatCitation, lineRange, type CitationId } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { runAt } from '../../models/lessons';
import { unitNames, type Grade, type ShowMe } from '../../models/practice';
import { getProcedure } from '../../models/procedures';
import type { ScenarioFile } from '../../models/procedures/core/scenario';
import { encodeRun } from '../../models/procedures/core/share';
import { useEditor } from '../editor/store/useEditor';
import { useNavigate } from '../shell/navigate';
import { eventTypeLabel, reasonText, stateLabel } from '../simulator/labels';

/** A citation with its provenance: checked law, the manual's lines and term, or our reading. */
export function CitationWithSource({ id, lang }: { id: CitationId; lang: Lang }) {
  const { t } = useTranslation('practice');
  const c = cite(id);
  // A citation without a declared source shows no provenance mark rather than claiming "law".
  const source = c.source;
  const note =
    source === undefined
      ? ''
      : source === 'manual' && c.seedLines
      ? t('provenance.manual', { lines: lineRange(c.seedLines), term: c.term ?? '' })
      : source === 'reading'
        ? t('provenance.reading', { why: c.why?.[lang] ?? '' })
        : t('provenance.law');
  return (
    <span className="pr-cite" data-citation={id} data-source={source ?? 'unknown'}>
      <strong>{formatCitation(c, lang)}</strong> — {c.label[lang]} {note && <em className={`pr-source pr-source-${source ?? ''}`}>[{note}]</em>}
    </span>
  );
}

function ShowRun({ show, lang }: { show: Extract<ShowMe, { kind: 'run' }>; lang: Lang }) {
  const { t } = useTranslation('practice');
  const navigate = useNavigate();
  const file: ScenarioFile = { format: 'prokuratura.scenario', version: 1, procedure: show.run.procedure, title: { kk: '', ru: '', en: '' }, input: show.run.input, steps: show.run.events.map((event) => ({ event })) };
  const at = runAt(file, show.step);
  const def = getProcedure(show.run.procedure);
  const hash = `#run=${encodeRun({ procedure: show.run.procedure, input: show.run.input, events: show.run.events.slice(0, show.step) })}`;
  return (
    <div className="pr-show" data-testid="show-run">
      <h4>{t('show.run', { step: show.step })}</h4>
      <ol>
        {at.rows.map((r) => (
          <li key={r.index} className={r.accepted ? '' : 'pr-refused'} data-event={r.type} data-state={r.state}>
            <strong>{eventTypeLabel(def, r.type, lang)}</strong>
            {!r.accepted && r.code && <> — {reasonText(def, { ok: false, code: r.code, citation: r.citation ?? def.citation, ...(r.values ? { values: r.values } : {}) }, lang)}</>}
            {' · '}{stateLabel(def, r.state, lang)} · {r.date}
          </li>
        ))}
      </ol>
      <p data-state={at.state}>{stateLabel(def, at.state, lang)} · {at.date}</p>
      {navigate && <button type="button" data-testid="show-in-simulator" onClick={() => navigate.toRun(hash)}>{t('show.openRun')}</button>}
    </div>
  );
}

function ShowOrg({ show, lang }: { show: Extract<ShowMe, { kind: 'org' }>; lang: Lang }) {
  const { t } = useTranslation('practice');
  const navigate = useNavigate();
  const doc = useEditor((s) => s.doc);
  // The exercise is over the national template: the open document may be another one.
  const present = show.focus.filter((id) => doc.units[id]);
  return (
    <div className="pr-show" data-testid="show-org">
      <h4>{t('show.org')}</h4>
      <ul>{show.focus.map((id) => <li key={id}>{unitNames(id)[lang]}</li>)}</ul>
      {navigate && present.length > 0
        ? <button type="button" data-testid="show-on-diagram" onClick={() => navigate.toUnits(present)}>{t('show.openDiagram')}</button>
        : <p className="muted">{t('show.notInDocument')}</p>}
    </div>
  );
}

function ShowCalendar({ from, to, lang }: { from: string; to: string; lang: Lang }) {
  const { t } = useTranslation('practice');
  const days: string[] = [];
  for (let d = from; compareIso(d, to) <= 0 && days.length < 200; d = addDays(d, 1)) days.push(d);
  return (
    <div className="pr-show" data-testid="show-calendar">
      <h4>{t('show.calendar', { from, to })}</h4>
      <div className="pr-days">
        {days.map((d) => {
          const info = dayInfo(d);
          return (
            <span key={d} className={info.working ? 'pr-day' : 'pr-day pr-day-off'} title={info.holiday?.name[lang] ?? (info.working ? t('show.working') : t('show.off'))}>
              {d.slice(5)}
            </span>
          );
        })}
      </div>
    </div>
  );
}

export function ShowMePanel({ show, lang }: { show: ShowMe; lang: Lang }) {
  if (show.kind === 'run') return <ShowRun show={show} lang={lang} />;
  if (show.kind === 'calendar') return <ShowCalendar from={show.from} to={show.to} lang={lang} />;
  if (show.kind === 'org') return <ShowOrg show={show} lang={lang} />;
  return null;
}

export function FeedbackView({ grade, lang }: { grade: Grade; lang: Lang }) {
  const { t } = useTranslation('practice');
  return (
    <section className={grade.correct ? 'pr-feedback pr-right' : 'pr-feedback pr-wrong'} data-testid="feedback" data-correct={grade.correct}>
      <h3>{grade.correct ? t('right') : t('wrong')}</h3>
      <ul>
        {grade.lines.map((l, i) => (
          <li key={i} data-code={l.code}>
            {l.text[lang]}
            {l.citation && <> <CitationWithSource id={l.citation} lang={lang} /></>}
          </li>
        ))}
      </ul>
      <p className="pr-main-cite">{t('why')}: <CitationWithSource id={grade.citation} lang={lang} /></p>
    </section>
  );
}
