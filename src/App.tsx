import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAW_EDITION } from '../models/law';
import type { Lang } from '../models/law/types';
import { TEMPLATES } from '../models/org/templates';
import { OrgEditor } from './editor/OrgEditor';
import { createEditorStore } from './editor/store/editorStore';
import { EditorContext, useEditor } from './editor/store/useEditor';
import { usePersistence } from './persistence/usePersistence';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { ScreenTabs, type Screen } from './shell/ScreenTabs';
// The practice tab's name (and its small string table) is needed before the screen loads.
import './practice/i18n';

function initialScreen(): Screen {
  // A shared run link (#run=...) opens the simulator.
  return window.location.hash.startsWith('#run=') ? 'simulator' : 'diagram';
}

// The simulator (machines, calendar data, statechart) loads on first use: the diagram opens faster.
const SimulatorScreen = lazy(() => import('./simulator/SimulatorScreen').then((m) => ({ default: m.SimulatorScreen })));

// Practice loads on first use too.
const PracticeScreen = lazy(() => import('./practice/PracticeScreen').then((m) => ({ default: m.PracticeScreen })));

function Simulator({ lang }: { lang: Lang }) {
  const doc = useEditor((s) => s.doc);
  return (
    <Suspense fallback={<main className="loading" aria-busy="true" />}>
      <SimulatorScreen doc={doc} lang={lang} />
    </Suspense>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [screen, setScreen] = useState<Screen>(initialScreen);
  const [store] = useState(() => createEditorStore(TEMPLATES[0]?.build() ?? { title: { kk: '', ru: '', en: '' }, units: {}, relations: [] }));
  usePersistence(store);
  return (
    <EditorContext.Provider value={store}>
      <div className="app">
        <header className="app-header">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">⚖</span>
            <div>
              <h1>{t('app.title')}</h1>
              <p className="tagline">{t('app.tagline')}</p>
            </div>
          </div>
          <ScreenTabs screen={screen} onScreen={setScreen} />
          <div className="header-right">
            <span className="edition" title={t('app.lawEdition')} data-testid="law-edition">{LAW_EDITION.label[lang]}</span>
            <LanguageSwitch />
          </div>
        </header>
        {screen === 'diagram' ? (
          <OrgEditor />
        ) : screen === 'practice' ? (
          <Suspense fallback={<main className="loading" aria-busy="true" />}>
            <PracticeScreen lang={lang} />
          </Suspense>
        ) : (
          <Simulator lang={lang} />
        )}
      </div>
    </EditorContext.Provider>
  );
}
