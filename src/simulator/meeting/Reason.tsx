import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../models/law/types';
import type { Verdict } from '../../../models/procedures/core/types';
import { CitationView } from '../../law/CitationView';
import { reasonOf } from './model';

/** A refusal as the meeting screen shows it: the reason in words, then the citation with its provenance mark. */
export function Reason({ verdict, lang }: { verdict: Verdict; lang: Lang }) {
  const { t } = useTranslation('meeting');
  const r = reasonOf(verdict, t, lang);
  if (!r) return null;
  return (
    <>
      {r.text} — <CitationView id={r.citation} lang={lang} />
    </>
  );
}
