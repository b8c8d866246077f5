import { useTranslation } from 'react-i18next';
import { RELATION_KINDS, type RelationKind } from '../../../models/org/types';
import { edgeStyle } from '../diagram/toFlow';

interface Props {
  layers: ReadonlySet<RelationKind>;
  onChange: (layers: ReadonlySet<RelationKind>) => void;
}

/** One toggle per relation kind; each shows the line style it draws, so it doubles as the legend. */
export function LayerSwitch({ layers, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="layers" data-testid="layers">
      <legend>{t('toolbar.layers')}</legend>
      {RELATION_KINDS.map((kind) => {
        const s = edgeStyle(kind);
        return (
          <label key={kind} className="layer">
            <input
              type="checkbox"
              checked={layers.has(kind)}
              data-layer={kind}
              onChange={(e) => {
                const next = new Set(layers);
                if (e.target.checked) next.add(kind);
                else next.delete(kind);
                onChange(next);
              }}
            />
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="28" y2="4" stroke={s.stroke} strokeWidth={s.strokeWidth + 0.4} strokeDasharray={s.strokeDasharray} />
            </svg>
            {t(`relation.${kind}`)}
          </label>
        );
      })}
    </fieldset>
  );
}
