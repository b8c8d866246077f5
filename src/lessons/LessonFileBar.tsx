import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonFileText, tryParseLessonFile, type Lesson } from '../../models/lessons';
import type { ParseProblem } from '../../models/org/schema';

const MAX_BYTES = 5_000_000;

/**
 * Open and save `.prokuratura-lesson.json`. A bad file is refused with its failing paths and the
 * open lesson stays as it was; a good one is played at once.
 */
export function LessonFileBar({ lesson, onOpen }: { lesson: Lesson | null; onOpen: (l: Lesson) => void }) {
  const { t } = useTranslation('lessons');
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<{ file: string; list: ParseProblem[] } | null>(null);

  const open = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setProblems({ file: file.name, list: [{ path: '(root)', message: `larger than ${MAX_BYTES / 1_000_000} MB` }] });
      return;
    }
    const r = tryParseLessonFile(await file.text());
    if (!r.ok) {
      setProblems({ file: file.name, list: r.problems });
      return;
    }
    setProblems(null);
    onOpen(r.value.lesson);
  };
  const save = () => {
    if (!lesson) return;
    const url = URL.createObjectURL(new Blob([lessonFileText(lesson)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${lesson.id}.prokuratura-lesson.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="lesson-files">
      <button type="button" onClick={() => input.current?.click()}>{t('file.open')}</button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="lesson-file-input"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) void open(f);
        }}
      />
      <button type="button" onClick={save} disabled={!lesson} data-testid="lesson-save">{t('file.save')}</button>
      {problems && (
        <div className="lesson-file-problems" role="alert" data-testid="lesson-file-problems">
          <p>
            <strong>{problems.file}</strong>: {t('file.refused')}
          </p>
          <ul>
            {problems.list.slice(0, 5).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code> {p.message}
              </li>
            ))}
          </ul>
          {problems.list.length > 5 && <p className="muted">{t('file.more', { count: problems.list.length - 5 })}</p>}
          <button type="button" className="link" onClick={() => setProblems(null)}>×</button>
        </div>
      )}
    </div>
  );
}
