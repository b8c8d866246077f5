import { useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { LayoutDirection } from '../../models/layout';
import type { Lang } from '../../models/law/types';
import { validate } from '../../models/org/rules';
import { TEMPLATES } from '../../models/org/templates';
import type { OrgDocument, RelationKind } from '../../models/org/types';
import { FileProblems } from '../shell/FileProblems';
import { readOrgFile, type ReadResult } from '../persistence/readOrgFile';
import { DiagramCanvas, type DiagramHandle } from './diagram/DiagramCanvas';
import { FindingsPanel } from './findings/FindingsPanel';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { LayerSwitch } from './toolbar/LayerSwitch';

const DEFAULT_LAYERS: ReadonlySet<RelationKind> = new Set<RelationKind>(['subordination', 'accountability']);

/** The diagram screen: toolbar, canvas, findings. The document is the single source of truth. */
interface Props {
  doc: OrgDocument;
  onDoc: (doc: OrgDocument) => void;
  templateId: string;
  onTemplateId: (id: string) => void;
}

export function OrgEditor({ doc, onDoc: setDoc, templateId, onTemplateId: setTemplateId }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [direction, setDirection] = useState<LayoutDirection>('DOWN');
  const [layers, setLayers] = useState<ReadonlySet<RelationKind>>(DEFAULT_LAYERS);
  const [problems, setProblems] = useState<Extract<ReadResult, { ok: false }>['problems'] | null>(null);
  const findings = useMemo(() => validate(doc), [doc]);
  const diagram = useRef<DiagramHandle>(null);

  const pickTemplate = (id: string) => {
    const tpl = TEMPLATES.find((x) => x.id === id);
    if (!tpl) return;
    setTemplateId(id);
    setDoc(tpl.build());
  };
  const openFile = async (file: File) => {
    const r = await readOrgFile(file);
    if (r.ok) {
      setProblems(null);
      setTemplateId('');
      setDoc(r.doc);
    } else setProblems(r.problems);
  };

  return (
    <ReactFlowProvider>
      <div className="editor">
        <EditorToolbar
          templateId={templateId}
          onTemplate={pickTemplate}
          direction={direction}
          onDirection={setDirection}
          onFitAll={() => diagram.current?.fitAll()}
          onFitTop={() => diagram.current?.fitTop()}
          onOpen={(f) => void openFile(f)}
        />
        <div className="editor-body">
          <main className="canvas-area" aria-label={doc.title[lang]}>
            <DiagramCanvas doc={doc} lang={lang} direction={direction} layers={layers} findings={findings} handle={diagram} />
            {problems && <FileProblems problems={problems} lang={lang} onClose={() => setProblems(null)} />}
          </main>
          <aside className="side" aria-label={t('findings.title')}>
            <LayerSwitch layers={layers} onChange={setLayers} />
            <FindingsPanel findings={findings} lang={lang} onFocus={(id) => diagram.current?.focusUnit(id)} />
          </aside>
        </div>
      </div>
    </ReactFlowProvider>
  );
}
