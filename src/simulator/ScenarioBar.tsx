import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../models/law/types';
import type { ParseProblem } from '../../models/org/schema';
import { encodeRun, getProcedure, isRegistered, tryParseScenario } from '../../models/procedures';
import { SCENARIO_FORMAT, SCENARIO_VERSION, type ScenarioFile } from '../../models/procedures/core';
import { scenarioIndexSchema, type ScenarioEntry } from './scenarioIndex';
import type { Session } from './useSimulation';

export function sessionOfScenario(file: ScenarioFile, atEnd = false): Session {
  return {
    run: { procedure: file.procedure, input: file.input, events: file.steps.map((s) => s.event) },
    title: file.title,
    notes: file.steps.map((s) => s.note),
    position: atEnd ? file.steps.length : 0,
  };
}

export function scenarioOfSession(s: Session, untitled: string): ScenarioFile {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    procedure: s.run.procedure,
    title: s.title ?? { kk: untitled, ru: untitled, en: untitled },
    input: s.run.input,
    steps: s.run.events.map((event, i) => {
      const note = s.notes[i];
      return note ? { event, note } : { event };
    }),
  };
}

/** The link to this run's line as it stands, in the reader's language (`?lang=`, other query kept). */
export function shareUrl(s: Session, lang: Lang): string {
  const search = new URLSearchParams(window.location.search);
  search.set('lang', lang);
  return `${window.location.origin}${window.location.pathname}?${search.toString()}#run=${encodeRun(s.run)}`;
}

interface Props {
  session: Session;
  lang: Lang;
  onLoad: (s: Session) => void;
  onProblems: (p: ParseProblem[] | null) => void;
}

/** Samples, files and links: open a sample or a file, save the run, share it as a URL. */
export function ScenarioBar({ session, lang, onLoad, onProblems }: Props) {
  const { t } = useTranslation('simulator');
  const [entries, setEntries] = useState<ScenarioEntry[]>([]);
  // Once asked for, the link follows the run: made again from the run on screen at every render, so it
  // is never the link of a run loaded before (bug 4), and carries the language.
  const [sharing, setSharing] = useState(false);
  const link = sharing ? shareUrl(session, lang) : null;
  const [copied, setCopied] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    fetch('./scenarios/index.json')
      .then((r) => r.json())
      .then((json: unknown) => {
        const r = scenarioIndexSchema.safeParse(json);
        if (live && r.success) setEntries(r.data.scenarios);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const openText = (text: string) => {
    const r = tryParseScenario(text);
    if (!r.ok) return onProblems(r.problems);
    onProblems(null);
    onLoad(sessionOfScenario(r.value));
  };

  const openSample = (file: string) => {
    if (!file) return;
    void fetch(`./scenarios/${file}`)
      .then((r) => r.text())
      .then(openText);
  };

  const save = () => {
    const file = scenarioOfSession(session, t('untitled'));
    const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${session.run.procedure}.scenario.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <div className="sim-scenarios" data-testid="scenario-bar">
      <select data-testid="scenario-select" value="" onChange={(e) => openSample(e.target.value)} aria-label={t('scenarios')}>
        <option value="">{t('chooseScenario')}</option>
        {entries.filter((e) => isRegistered(e.procedure)).map((e) => (
          <option key={e.file} value={e.file} data-file={e.file}>
            {t(`procedures.${e.procedure}`, { defaultValue: getProcedure(e.procedure).title[lang] })}: {e.title[lang]}
          </option>
        ))}
      </select>
      <button type="button" data-testid="open-file" onClick={() => fileInput.current?.click()}>{t('openFile')}</button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void f.text().then(openText);
        }}
      />
      <button type="button" data-testid="save-scenario" onClick={save}>{t('save')}</button>
      <button type="button" data-testid="share" onClick={() => { setSharing(true); setCopied(null); }}>{t('share')}</button>
      {link && (
        <span className="sim-share">
          <a href={link} data-testid="share-link" title={link}>#run=…</a>
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(link).then(() => setCopied(link));
            }}
          >
            {copied === link ? t('copied') : t('copy')}
          </button>
        </span>
      )}
    </div>
  );
}
