import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { LayoutDirection } from '../../models/layout';
import type { Lang } from '../../models/law/types';
import { ancestors, childrenIndex, descendants } from '../../models/org/queries';
import { validate } from '../../models/org/rules';
import { TEMPLATES } from '../../models/org/templates';
import { unitsFromHash } from '../shell/navigate';
import { revealUnit } from './tree/reveal';
import type { RelationKind, UnitId } from '../../models/org/types';
import { FileProblems } from '../shell/FileProblems';
import { readOrgFile, type ReadResult } from '../persistence/readOrgFile';
import { DiagramCanvas, type DiagramHandle } from './diagram/DiagramCanvas';
import { DiagramHandleContext } from './diagram/DiagramHandleContext';
import { FamilyLegend } from './diagram/FamilyLegend';
import { TreePanel } from './tree/TreePanel';
import { FindingsPanel } from './findings/FindingsPanel';
import { EditorMessageBar } from './EditorMessageBar';
import { PropertiesPanel } from './properties/PropertiesPanel';
import { ShortcutsDialog } from './shortcuts/ShortcutsDialog';
import { useEditorShortcuts } from './shortcuts/useEditorShortcuts';
import { useEditor, useEditorStore } from './store/useEditor';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { LayerSwitch } from './toolbar/LayerSwitch';
import { AddViewAsStopLazy as AddViewAsStop } from '../lessons/addViewLazy';
import { tAll } from './toolbar/ViewMenu';
import { collapsedForLevel } from './commands';
import { TEXT_SIZES } from './store/editorStore';
import { OverviewOffer } from './projector/OverviewOffer';
import { useViewSettings } from './projector/useViewSettings';
import { OVERVIEW_LEVEL, READABLE_ZOOM } from './projector/overview';
import { treeDepth } from './commands';
import '../styles/projector.css';

/** The council and appointment views load when one is opened. */
const RelationViewPanel = lazy(() => import('./projector/RelationViewPanel').then((m) => ({ default: m.RelationViewPanel })));

const DEFAULT_LAYERS: ReadonlySet<RelationKind> = new Set<RelationKind>(['subordination', 'accountability']);

/** The diagram screen: toolbar, canvas, properties and findings around the editor store. */
export function OrgEditor() {
  const { t, i18n } = useTranslation();
  const { t: tv } = useTranslation('view');
  const lang = i18n.language as Lang;
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const collapsed = useEditor((s) => s.collapsed);
  const focus = useEditor((s) => s.focus);
  const loadId = useEditor((s) => s.loadId);
  const tidyId = useEditor((s) => s.tidyId);
  const view = useEditor((s) => s.view);
  const relationView = useEditor((s) => s.relationView);
  useViewSettings(store);
  const [offerOverview, setOfferOverview] = useState(false);
  const [direction, setDirection] = useState<LayoutDirection>('DOWN');
  const [layers, setLayers] = useState<ReadonlySet<RelationKind>>(DEFAULT_LAYERS);
  const [problems, setProblems] = useState<Extract<ReadResult, { ok: false }>['problems'] | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const findings = useMemo(() => validate(doc), [doc]);
  const hidden = useMemo(() => {
    const index = childrenIndex(doc);
    const out = new Set<UnitId>();
    for (const id of collapsed) if (doc.units[id]) for (const d of descendants(doc, id, index)) out.add(d);
    if (focus !== null && doc.units[focus]) {
      // A focused branch: its superiors, itself and its subordinates, and the units that the relations of the
      // unit and its subordinates (in the layers shown) reach: who appoints them, the councils they sit on.
      const branch = new Set<UnitId>([focus, ...descendants(doc, focus, index)]);
      const keep = new Set<UnitId>([...branch, ...ancestors(doc, focus)]);
      for (const r of doc.relations) {
        if (r.kind === 'subordination' || !layers.has(r.kind)) continue;
        if (branch.has(r.from)) keep.add(r.to);
        if (branch.has(r.to)) keep.add(r.from);
      }
      for (const id of Object.keys(doc.units)) if (!keep.has(id)) out.add(id);
    }
    return out;
  }, [doc, collapsed, focus, layers]);
  const diagram = useRef<DiagramHandle>(null);
  const actions = useMemo(() => ({ toggleCollapsed: (id: UnitId) => store.toggleCollapsed(id) }), [store]);
  const presentedOnce = useRef(false);
  // A "#unit=a,b" link (practice's "show me"): reveal the first unit once drawn, select them all, and drop the hash.
  useEffect(() => {
    const ids = unitsFromHash(window.location.hash);
    if (!ids) return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    const present = ids.filter((id) => store.getState().doc.units[id]);
    const first = present[0];
    if (first === undefined) return;
    revealUnit(store, () => diagram.current, first);
    store.select(present);
  }, [store]);
  useEffect(() => {
    // Leaving focus mode also leaves full screen (entering it asked for full screen).
    if (!view.presenting && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // The canvas changed size: show the top of the hierarchy again once it has (not on the first render).
    if (!presentedOnce.current) {
      presentedOnce.current = true;
      return;
    }
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => diagram.current?.fitTop()));
    return () => cancelAnimationFrame(frame);
  }, [view.presenting]);
  const fitAll = async () => {
    const zoom = await diagram.current?.fitAll();
    // Too small to read, and a shallower view would help: offer the overview.
    setOfferOverview(zoom !== undefined && zoom < READABLE_ZOOM && treeDepth(store.getState().doc) > OVERVIEW_LEVEL);
  };
  const overview = (level: number) => {
    setOfferOverview(false);
    const next = collapsedForLevel(store.getState().doc, level);
    const cur = store.getState().collapsed;
    const same = next.size === cur.size && [...next].every((id) => cur.has(id));
    store.setCollapsed(next);
    // The cards that stay are laid out afresh: fit once that layout has landed (at once when nothing changes).
    void diagram.current?.fitAll({ afterNextLayout: !same });
  };
  const tidy = () => {
    store.tidy();
    const pinned = Object.values(store.getState().doc.units).filter((u) => u.position !== undefined).length;
    if (pinned > 0) store.say({ kind: 'info', text: tAll(tv, 'tidyKeepsPinned', { count: pinned }) });
  };
  useEditorShortcuts(store, {
    onHelp: () => setShowShortcuts(true),
    onFocus: (id) => diagram.current?.focusUnit(id),
    onSearch: () => document.querySelector<HTMLInputElement>('[data-testid=search-input]')?.focus(),
  });

  // The picker shows which template the open document came from.
  const templateId = doc.template ?? '';
  const pickTemplate = (id: string) => {
    const tpl = TEMPLATES.find((x) => x.id === id);
    if (tpl) store.load(tpl.build());
  };
  const openFile = async (file: File) => {
    const r = await readOrgFile(file);
    if (r.ok) {
      setProblems(null);
      store.load(r.doc);
    } else setProblems(r.problems);
  };

  return (
    <ReactFlowProvider>
      <DiagramHandleContext.Provider value={diagram}>
      <div className={`editor${view.presenting ? ' is-presenting' : ''}`} data-presenting={view.presenting}>
        <EditorToolbar
          templateId={templateId}
          onTemplate={pickTemplate}
          direction={direction}
          onDirection={setDirection}
          onFitAll={() => void fitAll()}
          onTidy={tidy}
          onOverview={overview}
          onFitTop={() => diagram.current?.fitTop()}
          onOpen={(f) => void openFile(f)}
          onHelp={() => setShowShortcuts(true)}
        />
        <div className="editor-body">
          {!view.presenting && <TreePanel lang={lang} />}
          <main className="canvas-area" aria-label={doc.title[lang]}>
            <DiagramCanvas
              doc={doc}
              lang={lang}
              direction={direction}
              layers={layers}
              findings={findings}
              handle={diagram}
              loadId={loadId}
              tidyId={tidyId}
              hidden={hidden}
              collapsed={collapsed}
              selection={selection}
              onSelectionChange={(ids) => store.select(ids)}
              onMoved={(moves) => store.transact(moves.map((m) => ({ type: 'unit.pin' as const, id: m.id, position: m.position })), 'move')}
              onConnectUnits={(source, target) => store.edit({ type: 'unit.reparent', id: target, parentId: source })}
              actions={actions}
              minimap={view.minimap}
              cardScale={TEXT_SIZES[view.textSize] ?? 1}
              onDropRefused={() => store.say({ kind: 'info', text: tAll(tv, 'underMinimap') })}
            />
            {offerOverview && <OverviewOffer onAccept={() => overview(OVERVIEW_LEVEL)} onDismiss={() => setOfferOverview(false)} />}
            <EditorMessageBar lang={lang} />
            {problems && <FileProblems problems={problems} lang={lang} onClose={() => setProblems(null)} />}
          </main>
          <aside className="side" aria-label={t('editor.properties')} hidden={view.presenting}>
            <PropertiesPanel lang={lang} />
            <FindingsPanel findings={findings} lang={lang} onFocus={(id) => diagram.current?.focusUnit(id)} />
            <LayerSwitch layers={layers} onChange={setLayers} />
            <AddViewAsStop screen={() => ({ template: doc.template, document: doc.title[lang], edition: doc.edition, focus: selection, layers: [...layers], collapsed: [...collapsed] })} />
            <FamilyLegend lang={lang} />
          </aside>
          {/* A focused view of relations takes the whole body (tree, canvas, panels): on a projector every pixel counts. */}
          {relationView && <Suspense fallback={null}><RelationViewPanel view={relationView} lang={lang} onClose={() => store.openRelationView(null)} /></Suspense>}
        </div>
        {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      </div>
      </DiagramHandleContext.Provider>
    </ReactFlowProvider>
  );
}
