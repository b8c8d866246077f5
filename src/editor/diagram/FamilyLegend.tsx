import { useTranslation } from 'react-i18next';
import type { Lang, LocalizedText } from '../../../models/law/types';
import type { KindFamily } from '../../../models/org/kinds';
import { FAMILY_COLORS } from './colors';
import { FamilyIcon } from './nodes/FamilyIcon';

/** What each card's colour and icon mean, for a class at the back of the room. */
const FAMILY_LABELS: Record<KindFamily, LocalizedText> = {
  generalOffice: { kk: 'Бас прокуратура', ru: 'Генеральная прокуратура', en: "General Prosecutor's Office" },
  gpoInternal: { kk: 'Бас прокуратураның ішкі бөлімшелері', ru: 'Подразделения Генеральной прокуратуры', en: 'Inside the GPO' },
  departmental: { kk: 'Ведомство және аумақтық органдары', ru: 'Ведомство и его территориальные органы', en: 'Departmental body and its territorial bodies' },
  academy: { kk: 'Академия', ru: 'Академия', en: 'Academy' },
  military: { kk: 'Әскери прокуратура', ru: 'Военная прокуратура', en: 'Military prosecution' },
  transport: { kk: 'Көлік прокуратурасы', ru: 'Транспортная прокуратура', en: 'Transport prosecution' },
  oblast: { kk: 'Облыс деңгейі', ru: 'Уровень области', en: 'Oblast level' },
  district: { kk: 'Аудан деңгейі', ru: 'Уровень района', en: 'District level' },
  council: { kk: 'Үйлестіру кеңестері мен кеңестер', ru: 'Координационные советы и совещания', en: 'Coordination councils and meetings' },
  collegium: { kk: 'Алқа', ru: 'Коллегия', en: 'Collegium' },
  external: { kk: 'Жүйеден тыс органдар', ru: 'Органы вне системы', en: 'Bodies outside the system' },
};

export function FamilyLegend({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  return (
    <section className="panel legend" data-testid="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {(Object.keys(FAMILY_LABELS) as KindFamily[]).map((f) => (
          <li key={f} style={{ color: FAMILY_COLORS[f] }}>
            <FamilyIcon family={f} />
            <span>{FAMILY_LABELS[f][lang]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
