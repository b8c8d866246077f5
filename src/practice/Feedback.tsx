import { useTranslation } from 'react-i18next';
import { addDays, compareIso, dayInfo } from '../../models/calendar';
import { cite, formatCitation, type CitationId } from '../../models/law';
import type { Lang } from '../../models/law/types';
import { runAt } from '../../models/lessons';
import { unitNames, type Grade, type ShowMe } from '../../models/practice';
import type { ScenarioFile } from '../../models/procedures/core/scenario';

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
      ? t('provenance.manual', { from: c.seedLines[0], to: c.seedLines[1], term: c.term ?? '' })
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
  const file: ScenarioFile = { format: 'prokuratura.scenario', version: 1, procedure: show.run.procedure, title: { kk: '', ru: '', en: '' }, input: show.run.input, steps: show.run.events.map((event) => ({ event })) };
  const at = runAt(file, show.step);
  return (
    <div className="pr-show" data-testid="show-run">
      <h4>{t('show.run', { step: show.step })}</h4>
      <ol>
        {at.rows.map((r) => (
          <li key={r.index} className={r.accepted ? '' : 'pr-refused'}>
            <code>{r.type}</code> {r.accepted ? '' : `(${r.code ?? ''})`} · {r.state} · {r.date}
          </li>
        ))}
      </ol>
      {lang && <p>{at.state} · {at.date}</p>}
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
  const { t } = useTranslation('practice');
  if (show.kind === 'run') return <ShowRun show={show} lang={lang} />;
  if (show.kind === 'calendar') return <ShowCalendar from={show.from} to={show.to} lang={lang} />;
  if (show.kind === 'org') {
    return (
      <div className="pr-show" data-testid="show-org">
        <h4>{t('show.org')}</h4>
        <ul>{show.focus.map((id) => <li key={id}>{unitNames(id)[lang]}</li>)}</ul>
      </div>
    );
  }
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
