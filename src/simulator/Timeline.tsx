import { useEffect, useRef } from 'react';
import { ArrowRight, ChevronLeft, ChevronRight, SkipBack, SkipForward } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { stateValueString, type LocalizedNote } from '../../models/procedures/core';
import type { ProcedureDefinition, Step } from '../../models/procedures/core/types';
import { Citation, VerdictLine } from './Citation';
import { eventTypeLabel, reasonText } from './labels';
import { payloadText, type NameOf } from './payload';
import './history/i18n';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Props {
  def: AnyDef;
  steps: Step[];
  notes: (LocalizedNote | undefined)[];
  startDate: string;
  position: number;
  lang: Lang;
  onGo: (k: number) => void;
  onReset: () => void;
  /** "Branch from here": a new line holding the steps up to this one. */
  onBranch: (k: number) => void;
  /** Marks the step that opened a linked run, with a way to it. */
  link?: { step: number; label: string; onOpen: () => void } | null;
  /** Names for the ids an event carries (council members). */
  nameOf?: NameOf;
}

function noteText(note: LocalizedNote | undefined, lang: Lang): string | undefined {
  return note?.[lang] ?? note?.en ?? note?.ru ?? note?.kk;
}

/** The steps of the run: click one to stand there; sending an event there branches. */
export function Timeline({ def, steps, notes, startDate, position, lang, onGo, onReset, onBranch, link, nameOf }: Props) {
  const { t } = useTranslation('simulator');
  const { t: th } = useTranslation('history');
  const list = useRef<HTMLOListElement>(null);
  const n = steps.length;
  useEffect(() => {
    list.current?.querySelector('.is-current')?.scrollIntoView({ block: 'nearest' });
  }, [position]);
  return (
    <section className="sim-panel sim-timeline" data-testid="timeline" data-position={position} data-total={n}>
      <div className="sim-timeline-head">
        <h3>{t('timeline')}</h3>
        <span className="sim-step-of" data-testid="step-of">{t('stepOf', { k: position, n })}</span>
      </div>
      <div className="sim-nav">
        <button type="button" data-testid="to-start" onClick={() => onGo(0)} disabled={position === 0} title={t('toStart')} aria-label={t('toStart')}><SkipBack aria-hidden="true" size={16} /></button>
        <button type="button" data-testid="back" onClick={() => onGo(position - 1)} disabled={position === 0}><ChevronLeft aria-hidden="true" size={16} /> {t('back')}</button>
        <button type="button" data-testid="forward" onClick={() => onGo(position + 1)} disabled={position >= n}>{t('forward')} <ChevronRight aria-hidden="true" size={16} /></button>
        <button type="button" data-testid="to-end" onClick={() => onGo(n)} disabled={position >= n} title={t('toEnd')} aria-label={t('toEnd')}><SkipForward aria-hidden="true" size={16} /></button>
        <button type="button" data-testid="reset" onClick={onReset} disabled={n === 0}>{t('reset')}</button>
      </div>
      <ol className="sim-steps" ref={list}>
        <li className={position === 0 ? 'is-current' : ''} data-testid="step" data-step={0}>
          <button type="button" className="sim-step-main" onClick={() => onGo(0)}>
            <span className="sim-step-n">0</span> {t('step0')} <span className="sim-step-date">{startDate}</span>
          </button>
        </li>
        {steps.map((s) => {
          const note = noteText(notes[s.index - 1], lang);
          const date = (s.snapshot.context as { date?: string }).date ?? '';
          const cls = [s.index === position ? 'is-current' : '', s.index > position ? 'is-after' : '', s.verdict.ok ? '' : 'is-rejected'].join(' ');
          const payload = payloadText(s.event, nameOf ? { lang, t, nameOf, def } : { lang, t, def });
          const cited = s.verdict.ok ? def.eventCitation(s.event.type, s.snapshot.context) : null;
          return (
            <li key={s.index} className={cls} data-testid="step" data-step={s.index} data-event={s.event.type} data-ok={s.verdict.ok} data-code={s.verdict.ok ? undefined : s.verdict.code} data-state={stateValueString(s.snapshot)} data-date={date}>
              <button type="button" className="sim-step-main" onClick={() => onGo(s.index)}>
                <span className="sim-step-n">{s.index}</span> <strong>{eventTypeLabel(def, s.event.type, lang)}</strong>
                {payload && <span className="sim-payload"> ({payload})</span>}{' '}
                <span className={`sim-badge ${s.verdict.ok ? 'ok' : 'no'}`}>{s.verdict.ok ? t('accepted') : t('rejected')}</span>{' '}
                <span className="sim-step-date">{date}</span>
              </button>
              <div className="sim-step-detail">
                {s.verdict.ok ? (
                  cited && <Citation id={cited} lang={lang} />
                ) : (
                  <>
                    <span className="sim-reason" data-testid="reason">{reasonText(def, s.verdict, lang)}</span>{' '}
                    <VerdictLine def={def} code={s.verdict.code} citation={s.verdict.citation} values={s.verdict.values} lang={lang} nameOf={nameOf} />
                  </>
                )}
                {note && <div className="sim-note">{note}</div>}
                {link && link.step === s.index && (
                  <button type="button" className="sim-link" data-testid="linked-run" onClick={link.onOpen}><ArrowRight aria-hidden="true" size={14} /> {link.label}</button>
                )}
                {s.index < n && (
                  <button type="button" className="sim-branch" data-testid="branch-here" onClick={() => onBranch(s.index)}>{th('branchHere')}</button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
