import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { ReadResult } from '../persistence/readOrgFile';

type Problems = Extract<ReadResult, { ok: false }>['problems'];

/** Why a file was refused: every failing path, and the reassurance that nothing was lost. */
export function FileProblems({ problems, lang, onClose }: { problems: Problems; lang: Lang; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="file-problems" role="alert" data-testid="file-problems">
      <strong>{t('file.refused')}</strong>
      <ul>
        {problems.slice(0, 20).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code> — {typeof p.message === 'string' ? p.message : p.message[lang]}
          </li>
        ))}
        {problems.length > 20 && <li>… +{problems.length - 20}</li>}
      </ul>
      <button type="button" onClick={onClose}>{t('file.dismiss')}</button>
    </div>
  );
}
