import { memo, useId, useState } from 'react';
import { Ban } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { verdictFor } from '../../models/procedures/core';
import type { EventOffer, ProcedureDefinition } from '../../models/procedures/core/types';
import type { AnyMachineSnapshot } from 'xstate';
import { verdictTitle } from './Citation';
import { eventTypeLabel, reasonText } from './labels';
import { payloadText } from './payload';
import './history/i18n';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Payload = Record<string, unknown> & { type: string };

interface Props {
  def: AnyDef;
  snapshot: AnyMachineSnapshot;
  offer: EventOffer;
  lang: Lang;
  onSend: (event: { type: string }) => void;
}

/**
 * One offered event. An accepted one sends it; a refused one is marked refused, with the reason and
 * the article on hover, and can still be pressed: the trainee tries the unlawful step and the timeline
 * records it as refused, with why. A `days`, `date` or `inspectors` payload gets a small inline input;
 * once a value is changed the button names the value it sends (bug 7) and a refusal says why at once.
 */
export const OfferButton = memo(function OfferButton({ def, snapshot, offer, lang, onSend }: Props) {
  const { t } = useTranslation('simulator');
  const reasonId = useId();
  // The model offers placeholder inspectors ("Inspector A"); the trainee sees them in the screen's language.
  const [event, setEvent] = useState<Payload>(() => {
    const e = offer.event as Payload;
    return Array.isArray(e.inspectors) ? { ...e, inspectors: e.inspectors.map((_, i) => t('defaultInspector', { n: i + 1 })) } : e;
  });
  const { t: th } = useTranslation('history');
  const verdict = verdictFor(def, snapshot, event);
  // The offer's own label names its default payload ("30"); an edited one is named by what it sends.
  const edited = JSON.stringify(event) !== JSON.stringify(offer.event) && !Array.isArray(event.inspectors);
  const payload = edited ? payloadText(event, { lang, t, def }) : '';
  const label = edited ? `${eventTypeLabel(def, event.type, lang)}${payload ? ` (${payload})` : ''}` : offer.label[lang];
  const reason = verdict.ok ? '' : reasonText(def, verdict, lang);
  const title = verdict.ok ? label : `${th('tryRefused')}. ${verdictTitle(def, verdict, lang)}`;
  const set = (k: string, v: unknown) => setEvent((e) => ({ ...e, [k]: v }));
  return (
    <div className={`sim-offer${verdict.ok ? '' : ' is-refused'}`}>
      <button
        type="button"
        title={title}
        aria-describedby={!verdict.ok && edited ? reasonId : undefined}
        data-testid="offer"
        data-event={event.type}
        data-ok={verdict.ok}
        data-days={typeof event.days === 'number' ? event.days : undefined}
        onClick={() => onSend(event)}
      >
        {!verdict.ok && <Ban aria-hidden="true" size={12} />} {label}
      </button>
      {typeof event.days === 'number' && event.type !== 'time.advance' && (
        <input type="number" min={1} max={366} value={event.days} aria-label={t('payload.key.days')} onChange={(e) => set('days', Number(e.target.value) || 1)} />
      )}
      {typeof event.date === 'string' && event.type !== 'time.advanceTo' && (
        <input type="date" value={event.date} aria-label={t('payload.key.date')} onChange={(e) => e.target.value && set('date', e.target.value)} />
      )}
      {Array.isArray(event.inspectors) && (
        <input
          type="text"
          value={(event.inspectors as string[]).join(', ')}
          aria-label={t('payload.key.inspectors')}
          onChange={(e) => set('inspectors', e.target.value.split(',').map((s) => s.trim()).filter(Boolean))}
        />
      )}
      {!verdict.ok && edited && (
        <p className="sim-offer-why" id={reasonId} data-testid="offer-reason" data-code={verdict.code}>
          {th('refusedNow', { reason })}
        </p>
      )}
    </div>
  );
});
