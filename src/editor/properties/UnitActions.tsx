import { useEffect, useRef, useState } from 'react';
import { PinOff, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { allowedChildKinds, KINDS } from '../../../models/org/kinds';
import type { UnitId, UnitKind } from '../../../models/org/types';
import { addChild, deleteUnits, duplicateUnits, requestDelete, subtreeSize } from '../commands';
import { useEditor, useEditorStore } from '../store/useEditor';

/** Add a subordinate (only kinds the law allows under this unit), duplicate, delete (confirmed for a subtree), pin. */
export function UnitActions({ ids, lang }: { ids: readonly UnitId[]; lang: Lang }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  // The question before deleting a subtree lives in the store: the Delete key asks the same one.
  const pending = useEditor((s) => s.pendingDelete);
  const confirm = pending !== null && pending.length === ids.length && pending.every((id, i) => id === ids[i]);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirm) yes.current?.focus();
  }, [confirm]);
  const single = ids.length === 1 && ids[0] !== undefined ? doc.units[ids[0]] : undefined;
  const childKinds = single ? allowedChildKinds(single.kind) : [];
  const [kind, setKind] = useState<UnitKind | ''>('');
  const chosen = kind && childKinds.includes(kind) ? kind : childKinds[0];
  const size = subtreeSize(doc, ids);
  const clipboard = useEditor((s) => s.clipboard);
  return (
    <div className="unit-actions">
      {single && childKinds.length > 0 && (
        <div className="add-child">
          <select value={chosen} onChange={(e) => setKind(e.target.value as UnitKind)} data-testid="child-kind" aria-label={t('editor.kind')}>
            {childKinds.map((k) => <option key={k} value={k}>{KINDS[k].label[lang]}</option>)}
          </select>
          <button type="button" data-testid="add-child" onClick={() => addChild(store, single.id, chosen)}><Plus aria-hidden="true" size={15} /> {t('editor.addChild')}</button>
        </div>
      )}
      <div className="row">
        <button type="button" data-testid="duplicate" onClick={() => duplicateUnits(store, ids)} title="Ctrl+D">{t('editor.duplicate')}</button>
        <button type="button" data-testid="copy" onClick={() => store.copy(ids)} title="Ctrl+C">{t('editor.copy')}</button>
        {single && clipboard.length > 0 && (
          <button type="button" data-testid="paste" onClick={() => duplicateUnits(store, clipboard, single.id)} title="Ctrl+V">{t('editor.paste')}</button>
        )}
        <button
          type="button"
          className="danger"
          data-testid="delete"
          onClick={() => requestDelete(store, ids)}
        >
          {t('editor.delete')}
        </button>
        {single && (single.position ? (
          <button type="button" title={t('editor.pinned')} onClick={() => store.edit({ type: 'unit.unpin', id: single.id })} data-testid="unpin"><PinOff aria-hidden="true" size={15} /> {t('editor.unpin')}</button>
        ) : null)}
      </div>
      {confirm && (
        <div className="confirm" role="alertdialog" aria-label={t('editor.deleteSubtree', { count: size - ids.length })} data-testid="confirm-delete">
          <p>{t('editor.deleteSubtree', { count: size - ids.length })}</p>
          <button type="button" ref={yes} className="danger" data-testid="confirm-delete-yes" onClick={() => { store.askDelete(null); deleteUnits(store, ids); }}>{t('editor.confirm')}</button>
          <button
            type="button"
            data-testid="confirm-delete-no"
            onClick={() => store.askDelete(null)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') store.askDelete(null);
            }}
          >
            {t('editor.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
