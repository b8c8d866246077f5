import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import { verdictFor } from '../../models/procedures/core';
import type { EventOffer, ProcedureDefinition } from '../../models/procedures/core/types';
import type { AnyMachineSnapshot } from 'xstate';
import { verdictTitle } from './Citation';

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
 * One offered event: enabled when explain() and the machine accept it, greyed with the reason and
 * the article on hover otherwise. A `days`, `date` or `inspectors` payload gets a small inline input.
 */
export const OfferButton = memo(function OfferButton({ def, snapshot, offer, lang, onSend }: Props) {
  const { t } = useTranslation('simulator');
  // The model offers placeholder inspectors ("Inspector A"); the trainee sees them in the screen's language.
  const [event, setEvent] = useState<Payload>(() => {
    const e = offer.event as Payload;
    return Array.isArray(e.inspectors) ? { ...e, inspectors: e.inspectors.map((_, i) => t('defaultInspector', { n: i + 1 })) } : e;
  });
  const verdict = verdictFor(def, snapshot, event);
  const title = verdict.ok ? offer.label[lang] : verdictTitle(def, verdict, lang);
  const set = (k: string, v: unknown) => setEvent((e) => ({ ...e, [k]: v }));
  return (
    <div className={`sim-offer${verdict.ok ? '' : ' is-refused'}`}>
      <button
        type="button"
        disabled={!verdict.ok}
        title={title}
        data-testid="offer"
        data-event={event.type}
        data-ok={verdict.ok}
        onClick={() => onSend(event)}
      >
        {offer.label[lang]}
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
    </div>
  );
});
