import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import type { Lang } from '../../../models/law/types';
import { resolveOrgView, type OrgView } from '../../../models/lessons';
import type { OrgDocument, RelationKind, UnitId } from '../../../models/org/types';
import { DiagramCanvas } from '../../editor/diagram/DiagramCanvas';
import { Camera } from './Camera';

/** Up to this many units, a revealed picture is framed whole. */
const SMALL_PICTURE = 12;
const NO_FINDINGS: never[] = [];

/**
 * The org diagram as a stop shows it: read-only, laid out by the editor's ELK pipeline; units
 * above the reveal level only, the focus and the lit path lit, the rest dimmed, only the
 * relations the stop asks for.
 */
export function OrgStage({ doc, view, lang, stopKey }: { doc: OrgDocument; view: OrgView; lang: Lang; stopKey: string }) {
  const { t } = useTranslation('lessons');
  const r = useMemo(() => resolveOrgView(view, doc), [view, doc]);
  const shown = useMemo<OrgDocument>(() => {
    const keep = new Set(r.relations);
    return { ...doc, relations: doc.relations.filter((x) => keep.has(x.id)) };
  }, [doc, r.relations]);
  // What the stop does not reveal is left out of the layout, so that a revealed level is laid out
  // compactly (its units stack in readable columns). Concealing instead (DiagramCanvas's
  // `concealed`) kept every card in place between stops but spread a revealed level across the
  // whole tree's width, too small to read on a projector.
  const hidden = useMemo(() => new Set(Object.keys(doc.units).filter((id) => !r.visible.has(id))), [doc, r.visible]);
  const layers = useMemo<ReadonlySet<RelationKind>>(() => {
    const s = new Set<RelationKind>(r.layers);
    for (const rel of shown.relations) s.add(rel.kind);
    return s;
  }, [r.layers, shown.relations]);
  const lit = useMemo<ReadonlySet<UnitId> | undefined>(() => {
    const ids = [...r.focus, ...r.litUnits];
    return ids.length ? new Set(ids) : undefined;
  }, [r.focus, r.litUnits]);
  // The camera frames the focus and the lit path; a small revealed picture is framed whole, so
  // that what the stop reveals is all on screen.
  const target = useMemo(() => {
    const lit = [...new Set([...r.focus, ...r.litUnits])];
    if (lit.length === 0 || (view.reveal !== undefined && r.visible.size <= SMALL_PICTURE)) return [...r.visible];
    return lit;
  }, [view.reveal, r.visible, r.focus, r.litUnits]);
  return (
    <div className={`lesson-org${r.litUnits.length ? ' has-path' : ''}`} data-testid="stage-org" data-visible={r.visible.size}>
      {r.missing.length > 0 && (
        <p className="lesson-missing" role="status" data-testid="missing-units">
          {t('missingUnits', { ids: r.missing.join(', ') })}
        </p>
      )}
      <ReactFlowProvider>
        <DiagramCanvas doc={shown} lang={lang} direction="DOWN" layers={layers} findings={NO_FINDINGS} highlight={lit} hidden={hidden} minimap={false} readOnly />
        <Camera ids={target} stopKey={stopKey} />
      </ReactFlowProvider>
    </div>
  );
}
