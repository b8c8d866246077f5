import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyMachineSnapshot } from 'xstate';
import { addDays } from '../../models/calendar';
import type { Lang } from '../../models/law/types';
import { verdictFor } from '../../models/procedures/core';
import type { EventOffer, ProcedureDefinition, TimeEvent, Verdict } from '../../models/procedures/core/types';
import { VerdictLine } from './Citation';
import { reasonText } from './labels';
import { OfferButton } from './OfferButton';
import './history/i18n';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Props {
  def: AnyDef;
  snapshot: AnyMachineSnapshot;
  lang: Lang;
  position: number;
  total: number;
  /** The line the user stands on (a step at a past point starts a branch beside it). */
  lineName: string;
  onSend: (event: { type: string }) => void;
}

const timeEvent = (e: TimeEvent): { type: string } => e;

function isTime(type: string) {
  return type === 'time.advance' || type === 'time.advanceTo';
}

/** The events possible now, the impossible ones with their reasons, and the time controls. */
export function EventPanel({ def, snapshot, lang, position, total, lineName, onSend }: Props) {
  const { t } = useTranslation('simulator');
  const { t: th } = useTranslation('history');
  const date = (snapshot.context as { date: string }).date;
  // "Advance to" starts a week after the run's date, whatever run or step is on screen (bug 17); a
  // date the user picked holds while the run's date stays the same.
  const [picked, setPicked] = useState<{ base: string; to: string } | null>(null);
  const to = picked && picked.base === date ? picked.to : addDays(date, 7);
  const offers: EventOffer[] = useMemo(() => def.offers(snapshot) as EventOffer[], [def, snapshot]);
  const refused = useMemo(
    () =>
      offers
        .map((o) => ({ offer: o, verdict: verdictFor(def, snapshot, o.event) }))
        .filter((x): x is { offer: typeof x.offer; verdict: Extract<Verdict, { ok: false }> } => !x.verdict.ok),
    [def, snapshot, offers],
  );
  // The procedure and the language are in the key too: an offer's editable payload starts again with
  // a new run of another procedure in the same state name and date, and in the new language; and so
  // does an offer whose own payload changed (a deadline moved by an extension, on the same day).
  const stateKey = def.id + JSON.stringify(snapshot.value) + date + lang;
  const domain = offers.filter((o) => !isTime(o.event.type));
  const timeOffers = offers.filter((o) => isTime(o.event.type));
  const active = snapshot.status === 'active';
  return (
    <section className="sim-panel sim-events" data-testid="events">
      <h3>{t('events')}</h3>
      {position < total && (
        <p className="sim-branch-note" data-testid="branch-note">
          {th('branchNote', { k: position, n: total, from: position + 1, line: lineName })}
        </p>
      )}
      {!active && <p className="sim-muted">{t('noEvents')}</p>}
      <div className="sim-offers">
        {domain.map((o, i) => (
          <OfferButton key={`${stateKey}-${i}-${JSON.stringify(o.event)}`} def={def} snapshot={snapshot} offer={o} lang={lang} onSend={onSend} />
        ))}
      </div>
      {active && (
        <div className="sim-time" data-testid="time-controls">
          <strong>{t('time')}</strong>
          <button type="button" data-testid="plus-day" onClick={() => onSend(timeEvent({ type: 'time.advance', days: 1 }))}>{t('plusDay')}</button>
          <button type="button" data-testid="plus-week" onClick={() => onSend(timeEvent({ type: 'time.advance', days: 7 }))}>{t('plusWeek')}</button>
          <span className="sim-advance-to">
            <input type="date" value={to} min={date} aria-label={t('advanceTo')} data-testid="advance-to-date" onChange={(e) => e.target.value && setPicked({ base: date, to: e.target.value })} />
            <button type="button" data-testid="advance-to" onClick={() => onSend(timeEvent({ type: 'time.advanceTo', date: to }))}>{t('advanceTo')}</button>
          </span>
          {timeOffers
            .filter((o) => o.event.type === 'time.advanceTo')
            .map((o, i) => (
              <OfferButton key={`${stateKey}-t${i}-${JSON.stringify(o.event)}`} def={def} snapshot={snapshot} offer={o} lang={lang} onSend={onSend} />
            ))}
        </div>
      )}
      {refused.length > 0 && (
        <details className="sim-refused" open data-testid="not-possible">
          <summary>{t('notPossible')} ({refused.length})</summary>
          <ul>
            {refused.map(({ offer, verdict }, i) => (
              <li key={i}>
                <span className="sim-refused-label">{offer.label[lang]}:</span>{' '}
                <span className="sim-reason" data-testid="reason">{reasonText(def, verdict, lang)}</span>{' '}
                <VerdictLine def={def} code={verdict.code} citation={verdict.citation} values={verdict.values} lang={lang} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
