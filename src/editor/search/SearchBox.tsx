import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import { kindLabel } from '../../../models/org/kinds';
import { findByName } from '../../../models/org/queries';
import type { Unit, UnitId } from '../../../models/org/types';
import { useDiagramHandleRef } from '../diagram/DiagramHandleContext';
import { useEditor, useEditorStore } from '../store/useEditor';
import { revealUnit } from '../tree/reveal';
import '../tree/i18n';
import '../../styles/tree.css';

const LIMIT = 12;

/** The name to show for a hit: in the chosen language, or the one that matched when that is another language. */
function matchedName(unit: Unit, query: string, lang: Lang): string | null {
  const q = query.trim().toLocaleLowerCase();
  if (unit.name[lang].toLocaleLowerCase().includes(q)) return null;
  const other = (['kk', 'ru', 'en'] as const).find((l) => unit.name[l].toLocaleLowerCase().includes(q));
  return other ? unit.name[other] : null;
}

/**
 * Search by name in kk, ru or en (a combobox with a list of units). Choosing
 * a unit opens its collapsed superiors, selects it and zooms to it. While a
 * branch is focused, a "show everything" button sits next to the field.
 */
export function SearchBox() {
  const { t, i18n } = useTranslation('navigation');
  const lang = i18n.language as Lang;
  const store = useEditorStore();
  const handleRef = useDiagramHandleRef();
  const doc = useEditor((s) => s.doc);
  const focus = useEditor((s) => s.focus);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const all = useMemo(() => (query.trim() ? findByName(doc, query, lang) : []), [doc, query, lang]);
  const hits = all.slice(0, LIMIT);
  const handle = useCallback(() => handleRef?.current ?? null, [handleRef]);

  const choose = (id: UnitId) => {
    setOpen(false);
    revealUnit(store, handle, id);
  };
  const optionId = (i: number) => `${listId}-opt-${i}`;
  const shown = open && query.trim() !== '';

  return (
    <div className="search" data-testid="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t('searchLabel')}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits[active] ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        data-testid="search-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            // A closed list only opens; an open one moves.
            if (!shown) setOpen(true);
            else if (hits.length > 0) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const hit = hits[active];
            if (hit) choose(hit.id);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            if (shown) setOpen(false);
            else setQuery('');
          }
        }}
      />
      {shown && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('results')} data-testid="search-results">
          {hits.length === 0 && <li className="search-empty muted" role="presentation">{t('noResults')}</li>}
          {hits.map((u, i) => {
            const other = matchedName(u, query, lang);
            return (
              <li
                key={u.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`search-hit${i === active ? ' is-active' : ''}`}
                data-unit={u.id}
                data-testid="search-result"
                // mousedown, not click: the field keeps focus and the list is still there.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(u.id);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="search-name">{u.name[lang]}</span>
                <span className="search-kind">{other ?? kindLabel(u.kind)[lang]}</span>
              </li>
            );
          })}
          {all.length > LIMIT && <li className="search-more muted" role="presentation">{t('more', { count: all.length - LIMIT })}</li>}
        </ul>
      )}
      {focus !== null && (
        <button type="button" className="search-show-all" onClick={() => store.setFocus(null)} data-testid="focus-clear">
          {t('showAll')}
        </button>
      )}
    </div>
  );
}
