import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import {
  EXERCISE_KINDS,
  generateSet,
  gradeExercise,
  resultsCsv,
  summarise,
  toResultsFile,
  type Attempt,
  type Difficulty,
  type Exercise,
  type ExerciseKind,
  type Grade,
  type ScoreLine,
  type Theme,
} from '../../models/practice';
import { AnswerInput } from './AnswerInput';
import { FeedbackView, ShowMePanel } from './Feedback';
import { lastTrainee, loadTrainee, saveTrainee, setLastTrainee } from './db';
import './i18n';
import '../styles/practice.css';

const THEMES: Theme[] = [1, 2, 3, 4, 5, 6, 7, 8];

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function SummaryTable({ attempts }: { attempts: Attempt[] }) {
  const { t } = useTranslation('practice');
  const s = summarise(attempts);
  const row = (label: string, l: ScoreLine | undefined, key: string) =>
    l && (
      <tr key={key} data-row={key}>
        <th scope="row">{label}</th>
        <td>{l.done}</td>
        <td>{l.firstTry}</td>
        <td>{l.solved}</td>
      </tr>
    );
  return (
    <section className="pr-summary" data-testid="summary">
      <h3>{t('summary')}</h3>
      <table>
        <thead><tr><th /><th>{t('done')}</th><th>{t('firstTry')}</th><th>{t('solved')}</th></tr></thead>
        <tbody>
          <tr><th colSpan={4}>{t('byKind')}</th></tr>
          {EXERCISE_KINDS.map((k) => row(t(`kinds.${k}`), s.byKind[k], `kind-${k}`))}
          <tr><th colSpan={4}>{t('byTheme')}</th></tr>
          {THEMES.map((th) => row(t('themeN', { n: th }), s.byTheme[th], `theme-${th}`))}
          {row(t('total'), s.total, 'total')}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The set in progress outlives the screen: "show me" opens the diagram or the simulator, and coming back
 * finds the same exercise, answer and feedback (for the page's life; finished attempts are in IndexedDB).
 */
const kept = new Map<string, unknown>();
function useKept<T>(key: string, initial: T): [T, (v: T | ((old: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => (kept.has(key) ? (kept.get(key) as T) : initial));
  const set = useCallback((v: T | ((old: T) => T)) => {
    setValue((old) => {
      const next = typeof v === 'function' ? (v as (old: T) => T)(old) : v;
      kept.set(key, next);
      return next;
    });
  }, [key]);
  return [value, set];
}

export function PracticeScreen({ lang }: { lang: Lang }) {
  const { t } = useTranslation('practice');
  const [name, setName] = useState('');
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [theme, setTheme] = useKept<Theme | 0>('theme', 0);
  const [kind, setKind] = useKept<ExerciseKind | ''>('kind', '');
  const [difficulty, setDifficulty] = useKept<Difficulty>('difficulty', 1);
  const [count, setCount] = useKept('count', 10);
  const [set, setSet] = useKept<Exercise[] | null>('set', null);
  const [index, setIndex] = useKept('index', 0);
  const [answer, setAnswer] = useKept<unknown>('answer', undefined);
  const [grade, setGrade] = useKept<Grade | null>('grade', null);
  const [showMe, setShowMe] = useKept('showMe', false);
  const [tries, setTries] = useKept('tries', 0);
  const [problem, setProblem] = useState('');
  const [finished, setFinished] = useKept('finished', false);

  useEffect(() => {
    void lastTrainee().then(async (n) => {
      if (!n) return;
      setName(n);
      setAttempts((await loadTrainee(n)).attempts);
    });
  }, []);

  const ex = set?.[index];
  const exportBase = useMemo(() => `practice-${name.trim().replace(/[^\p{L}\p{N}_-]+/gu, '_') || 'trainee'}`, [name]);

  async function start() {
    const n = name.trim();
    if (!n) return setProblem(t('noName'));
    setProblem('');
    await setLastTrainee(n);
    setAttempts((await loadTrainee(n)).attempts);
    const seed = Math.floor(Math.random() * 2_000_000_000);
    setSet(generateSet({ seed, count, difficulty, ...(kind ? { kinds: [kind] } : {}), ...(theme ? { theme } : {}) }));
    setIndex(0);
    setAnswer(undefined);
    setGrade(null);
    setShowMe(false);
    setTries(0);
    setFinished(false);
  }

  async function check() {
    if (!ex) return;
    if (ex.kind === 'deadline' && !/^\d{4}-\d{2}-\d{2}$/.test(typeof answer === 'string' ? answer.trim() : '')) return setProblem(t('badDate'));
    setProblem('');
    const g = gradeExercise(ex, answer);
    setGrade(g);
    const attempt: Attempt = { exerciseId: ex.id, kind: ex.kind, theme: ex.theme, difficulty: ex.difficulty, seed: ex.seed, correct: g.correct, attempt: tries + 1, citation: g.citation, at: new Date().toISOString(), answer };
    setTries(tries + 1);
    const next = [...attempts, attempt];
    setAttempts(next);
    await saveTrainee({ name: name.trim(), attempts: next });
  }

  function go(next: number) {
    if (!set) return;
    if (next >= set.length) { setFinished(true); return; }
    setIndex(next);
    setAnswer(undefined);
    setGrade(null);
    setShowMe(false);
    setTries(0);
  }

  const exportButtons = (
    <div className="pr-export">
      <button type="button" data-testid="export-csv" onClick={() => download(`${exportBase}.csv`, 'text/csv', resultsCsv(name.trim(), attempts))}>{t('exportCsv')}</button>
      <button type="button" data-testid="export-json" onClick={() => download(`${exportBase}.prokuratura-results.json`, 'application/json', `${JSON.stringify(toResultsFile(name.trim(), attempts, new Date().toISOString()), null, 2)}\n`)}>{t('exportJson')}</button>
    </div>
  );

  return (
    <main className="practice" data-testid="practice">
      <section className="pr-setup">
        <label className="pr-row">
          <span>{t('trainee')}</span>
          <input type="text" value={name} data-testid="trainee" onChange={(e) => setName(e.target.value)}
            onBlur={() => { const n = name.trim(); if (n) void loadTrainee(n).then((r) => setAttempts(r.attempts)); }} />
        </label>
        <label className="pr-row"><span>{t('theme')}</span>
          <select value={theme} data-testid="theme" onChange={(e) => setTheme(Number(e.target.value) as Theme | 0)}>
            <option value={0}>{t('anyTheme')}</option>
            {THEMES.map((th) => <option key={th} value={th}>{t('themeN', { n: th })}</option>)}
          </select>
        </label>
        <label className="pr-row"><span>{t('kind')}</span>
          <select value={kind} data-testid="kind" onChange={(e) => setKind(e.target.value as ExerciseKind | '')}>
            <option value="">{t('anyKind')}</option>
            {EXERCISE_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        </label>
        <label className="pr-row"><span>{t('difficulty')}</span>
          <select value={difficulty} data-testid="difficulty" onChange={(e) => setDifficulty(Number(e.target.value) as Difficulty)}>
            {([1, 2, 3] as const).map((d) => <option key={d} value={d}>{t(`level.${d}`)}</option>)}
          </select>
        </label>
        <label className="pr-row"><span>{t('count')}</span>
          <input type="number" min={1} max={50} value={count} data-testid="count" onChange={(e) => setCount(Math.max(1, Math.min(50, Number(e.target.value) || 1)))} />
        </label>
        <button type="button" data-testid="start" onClick={() => void start()}>{set ? t('newSet') : t('start')}</button>
        <p className="pr-hint">{t('traineeHint')} <span data-testid="history">{t('history', { n: new Set(attempts.map((a) => a.exerciseId)).size })}</span></p>
      </section>
      {problem && <p className="pr-problem" role="alert">{problem}</p>}
      {ex && !finished && (
        <section className="pr-exercise" data-testid="exercise" data-kind={ex.kind} data-id={ex.id}>
          <p className="pr-count">{t('of', { n: index + 1, total: set?.length ?? 0 })} · {t(`kinds.${ex.kind}`)} · {t('themeN', { n: ex.theme })}</p>
          <h2 className="pr-prompt">{ex.prompt[lang]}</h2>
          <AnswerInput ex={ex} value={answer} onChange={setAnswer} lang={lang} disabled={grade !== null} />
          <div className="pr-actions">
            {grade === null && <button type="button" data-testid="check" onClick={() => void check()}>{t('check')}</button>}
            {grade !== null && !grade.correct && <button type="button" data-testid="retry" onClick={() => { setGrade(null); setShowMe(false); }}>{t('retry')}</button>}
            {grade !== null && grade.show.kind !== 'none' && <button type="button" data-testid="show-me" onClick={() => setShowMe(!showMe)}>{showMe ? t('hide') : t('showMe')}</button>}
            {grade !== null && <button type="button" data-testid="next" onClick={() => go(index + 1)}>{index + 1 < (set?.length ?? 0) ? t('next') : t('finish')}</button>}
          </div>
          {grade && <FeedbackView grade={grade} lang={lang} />}
          {grade && showMe && <ShowMePanel show={grade.show} lang={lang} />}
        </section>
      )}
      {(finished || (!set && attempts.length > 0)) && (
        <>
          <SummaryTable attempts={attempts} />
          {exportButtons}
        </>
      )}
      {set && !finished && attempts.length > 0 && exportButtons}
    </main>
  );
}
