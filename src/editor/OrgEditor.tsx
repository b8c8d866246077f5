import { useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { LayoutDirection } from '../../models/layout';
import type { Lang } from '../../models/law/types';
import { ancestors, childrenIndex, descendants } from '../../models/org/queries';
import { validate } from '../../models/org/rules';
import { TEMPLATES } from '../../models/org/templates';
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

const DEFAULT_LAYERS: ReadonlySet<RelationKind> = new Set<RelationKind>(['subordination', 'accountability']);

/** The diagram screen: toolbar, canvas, properties and findings around the editor store. */
export function OrgEditor() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const collapsed = useEditor((s) => s.collapsed);
  const focus = useEditor((s) => s.focus);
  const loadId = useEditor((s) => s.loadId);
  const tidyId = useEditor((s) => s.tidyId);
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
      // A focused branch: its superiors, itself and its subordinates; nothing else.
      const keep = new Set<UnitId>([focus, ...ancestors(doc, focus), ...descendants(doc, focus, index)]);
      for (const id of Object.keys(doc.units)) if (!keep.has(id)) out.add(id);
    }
    return out;
  }, [doc, collapsed, focus]);
  const diagram = useRef<DiagramHandle>(null);
  const actions = useMemo(() => ({ toggleCollapsed: (id: UnitId) => store.toggleCollapsed(id) }), [store]);
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
      <div className="editor">
        <EditorToolbar
          templateId={templateId}
          onTemplate={pickTemplate}
          direction={direction}
          onDirection={setDirection}
          onFitAll={() => diagram.current?.fitAll()}
          onFitTop={() => diagram.current?.fitTop()}
          onOpen={(f) => void openFile(f)}
          onHelp={() => setShowShortcuts(true)}
        />
        <div className="editor-body">
          <TreePanel lang={lang} />
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
            />
            <EditorMessageBar lang={lang} />
            {problems && <FileProblems problems={problems} lang={lang} onClose={() => setProblems(null)} />}
          </main>
          <aside className="side" aria-label={t('editor.properties')}>
            <PropertiesPanel lang={lang} />
            <FindingsPanel findings={findings} lang={lang} onFocus={(id) => diagram.current?.focusUnit(id)} />
            <LayerSwitch layers={layers} onChange={setLayers} />
            <FamilyLegend lang={lang} />
          </aside>
        </div>
        {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      </div>
      </DiagramHandleContext.Provider>
    </ReactFlowProvider>
  );
}
