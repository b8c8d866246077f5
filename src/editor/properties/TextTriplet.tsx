import { useEffect, useState } from 'react';
import { LANGS, type Lang, type LocalizedText } from '../../../models/law/types';

interface Props {
  label: string;
  value: LocalizedText | undefined;
  /** Called once editing of a field ends (blur or Enter) and something changed. */
  onCommit: (next: LocalizedText) => void;
  testId: string;
  lang: Lang;
}

/** Three inputs, one per language; the chosen language first. */
export function TextTriplet({ label, value, onCommit, testId, lang }: Props) {
  const [draft, setDraft] = useState<LocalizedText>(value ?? { kk: '', ru: '', en: '' });
  useEffect(() => setDraft(value ?? { kk: '', ru: '', en: '' }), [value]);
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  const commit = () => {
    const base = value ?? { kk: '', ru: '', en: '' };
    if (order.some((l) => draft[l] !== base[l])) onCommit(draft);
  };
  return (
    <fieldset className="triplet">
      <legend>{label}</legend>
      {order.map((l) => (
        <label key={l} className="triplet-row">
          <span className="lang-tag">{l}</span>
          <input
            value={draft[l]}
            lang={l}
            data-testid={`${testId}-${l}`}
            onChange={(e) => setDraft({ ...draft, [l]: e.target.value })}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') setDraft(value ?? { kk: '', ru: '', en: '' });
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}
