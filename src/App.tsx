import { lazy, Suspense, useMemo, useState } from 'react';
import { Scale } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../models/law/types';
import { TEMPLATES } from '../models/org/templates';
import { OrgEditor } from './editor/OrgEditor';
import { createEditorStore } from './editor/store/editorStore';
import { EditorContext, useEditor } from './editor/store/useEditor';
import { usePersistence } from './persistence/usePersistence';
import { ClassroomContext, type ClassroomSession } from './classroom/session';
import { NavigateContext, unitsHash, type Navigate } from './shell/navigate';
import { useFollow } from './classroom/useFollow';
import { EditionBar } from './shell/EditionBar';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { ScreenTabs, type Screen } from './shell/ScreenTabs';
// The practice tab's name (and its small string table) is needed before the screen loads.
import './practice/i18n';

function initialScreen(): Screen {
  // A shared run link (#run=...) opens the simulator; a lesson link (#lesson=..., #presenter=...) the lessons;
  // a classroom link (#join=CODE) the classroom.
  if (window.location.hash.startsWith('#join=')) return 'classroom';
  if (window.location.hash.startsWith('#lesson=') || window.location.hash.startsWith('#presenter=')) return 'lessons';
  return window.location.hash.startsWith('#run=') ? 'simulator' : 'diagram';
}

// The live classroom (Yjs, Hocuspocus, QR codes) loads only when its tab is opened.
/** The banner under the header exists only while a session is on: it loads with the session, not with the app. */
const ClassroomBanner = lazy(() => import('./classroom/ClassroomBanner').then((m) => ({ default: m.ClassroomBanner })));
const ClassroomScreen = lazy(() => import('./classroom/ClassroomScreen').then((m) => ({ default: m.ClassroomScreen })));

function Classroom({ lang }: { lang: Lang }) {
  return (
    <Suspense fallback={<main className="loading" aria-busy="true" />}>
      <ClassroomScreen lang={lang} />
    </Suspense>
  );
}

function FollowTeacher({ screen, onScreen }: { screen: Screen; onScreen: (s: Screen) => void }) {
  useFollow(screen, onScreen);
  return null;
}

// The simulator (machines, calendar data, statechart) loads on first use: the diagram opens faster.
const SimulatorScreen = lazy(() => import('./simulator/SimulatorScreen').then((m) => ({ default: m.SimulatorScreen })));

const LessonsScreen = lazy(() => import('./lessons/LessonsScreen').then((m) => ({ default: m.LessonsScreen })));

function Lessons({ lang }: { lang: Lang }) {
  const doc = useEditor((s) => s.doc);
  return (
    <Suspense fallback={<main className="loading" aria-busy="true" />}>
      <LessonsScreen lang={lang} openDoc={doc} />
    </Suspense>
  );
}

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
  const [session, setSession] = useState<ClassroomSession | null>(null);
  const classroom = useMemo(() => ({ session, setSession }), [session]);
  const navigate = useMemo<Navigate>(() => ({
    toUnits: (ids) => {
      window.history.replaceState(null, '', unitsHash(ids));
      setScreen('diagram');
    },
    toRun: (hash) => {
      window.history.replaceState(null, '', hash);
      setScreen('simulator');
    },
  }), []);
  const [store] = useState(() => createEditorStore(TEMPLATES[0]?.build() ?? { title: { kk: '', ru: '', en: '' }, units: {}, relations: [] }));
  usePersistence(store);
  return (
    <EditorContext.Provider value={store}>
      <ClassroomContext.Provider value={classroom}>
      <NavigateContext.Provider value={navigate}>
      <div className="app">
        <header className="app-header">
          <div className="brand">
            <Scale className="brand-mark" aria-hidden="true" size={24} />
            <div>
              <h1>{t('app.title')}</h1>
              <p className="tagline">{t('app.tagline')}</p>
            </div>
          </div>
          <ScreenTabs screen={screen} onScreen={setScreen} />
          <EditionBar lang={lang} />
          <div className="header-right">
            <LanguageSwitch />
          </div>
        </header>
        {session ? <Suspense fallback={null}><ClassroomBanner /></Suspense> : null}
        {session ? <FollowTeacher screen={screen} onScreen={setScreen} /> : null}
        {screen === 'diagram' ? <OrgEditor /> : screen === 'simulator' ? <Simulator lang={lang} /> : screen === 'lessons' ? <Lessons lang={lang} /> : screen === 'practice' ? (
          <Suspense fallback={<main className="loading" aria-busy="true" />}>
            <PracticeScreen lang={lang} />
          </Suspense>
        ) : <Classroom lang={lang} />}
      </div>
      </NavigateContext.Provider>
      </ClassroomContext.Provider>
    </EditorContext.Provider>
  );
}
