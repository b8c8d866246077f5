import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyMachineSnapshot } from 'xstate';
import type { Lang } from '../../../models/law/types';
import { ActionButton } from './ActionButton';
import { ctxOf, stateOf, type Send } from './model';

interface Props {
  snapshot: AnyMachineSnapshot;
  lang: Lang;
  onSend: Send;
}

/** The chair's controls: convene, open an item, open and close the vote, move on, adjourn or close. */
export function Agenda({ snapshot, lang, onSend }: Props) {
  const { t } = useTranslation('meeting');
  const ctx = ctxOf(snapshot);
  const state = stateOf(snapshot);
  const [itemId, setItemId] = useState('');
  const [title, setTitle] = useState('');
  const nextId = `item-${ctx.openedItems.length + 1}`;
  const id = itemId.trim() || nextId;
  const open = title.trim() ? { type: 'item.open' as const, itemId: id, title: title.trim() } : { type: 'item.open' as const, itemId: id };
  const send: Send = (e) => {
    onSend(e);
    if (e.type === 'item.open') {
      setItemId('');
      setTitle('');
    }
  };
  const btn = (event: Parameters<typeof ActionButton>[0]['event'], label: string, testId: string, showReason = false) => (
    <ActionButton snapshot={snapshot} lang={lang} onSend={send} event={event} label={label} testId={testId} showReason={showReason} />
  );
  return (
    <section className="meeting-panel agenda" data-testid="meeting-agenda">
      {state === 'idle' && (
        <div className="actions">
          {btn({ type: 'session.convene', kind: 'regular' }, t('agenda.convene.regular'), 'convene-regular')}
          {btn({ type: 'session.convene', kind: 'extraordinary' }, t('agenda.convene.extraordinary'), 'convene-extraordinary')}
        </div>
      )}
      <p className="current-item" data-testid="current-item">
        {ctx.currentItem ? (
          <>
            <span className="muted">{t('agenda.current')}: </span>
            <strong>{ctx.currentItem.itemId}</strong>
            {ctx.currentItem.title && <> — {ctx.currentItem.title}</>}
          </>
        ) : (
          <span className="muted">{t('agenda.none')}</span>
        )}
      </p>
      {state === 'agenda' && (
        <div className="item-form">
          <input aria-label={t('agenda.itemId')} placeholder={nextId} value={itemId} onChange={(e) => setItemId(e.target.value)} data-testid="item-id" size={8} />
          <input aria-label={t('agenda.itemTitle')} placeholder={t('agenda.itemTitle')} value={title} onChange={(e) => setTitle(e.target.value)} data-testid="item-title" />
          {btn(open, t('agenda.open'), 'item-open', true)}
        </div>
      )}
      <div className="actions">
        {(state === 'discussion' || state === 'voting') && btn({ type: 'vote.open' }, t('agenda.voteOpen'), 'vote-open')}
        {(state === 'discussion' || state === 'voting') && btn({ type: 'vote.close' }, t('agenda.voteClose'), 'vote-close', state === 'voting')}
        {(state === 'discussion' || state === 'voting') && btn({ type: 'item.next' }, t('agenda.next'), 'item-next')}
      </div>
      {state !== 'idle' && (
        <div className="actions session-actions">
          {btn({ type: 'session.adjourn' }, t('agenda.adjourn'), 'session-adjourn')}
          {btn({ type: 'session.close' }, t('agenda.close'), 'session-close')}
        </div>
      )}
    </section>
  );
}
