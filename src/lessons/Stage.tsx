import { useMemo } from 'react';
import type { Lang } from '../../models/law/types';
import type { LessonStop } from '../../models/lessons';
import { TEMPLATES } from '../../models/org/templates';
import type { OrgDocument } from '../../models/org/types';
import { OrgStage } from './stages/OrgStage';
import { RunStage } from './stages/RunStage';
import { SchemeStage } from './stages/SchemeStage';

const built = new Map<string, OrgDocument>();
function templateDoc(id: string): OrgDocument | undefined {
  if (!built.has(id)) {
    const t = TEMPLATES.find((x) => x.id === id);
    if (!t) return undefined;
    built.set(id, t.build());
  }
  return built.get(id);
}

/**
 * What the stop shows. An org view over a template builds it (once); one over a saved document
 * shows the document open in the editor, which is the one a teacher recorded the stop from.
 */
export function Stage({ stop, lang, openDoc, stopKey }: { stop: LessonStop; lang: Lang; openDoc: OrgDocument; stopKey: string }) {
  const view = stop.view;
  const doc = useMemo(() => (view.kind === 'org' && view.template ? templateDoc(view.template) : undefined) ?? openDoc, [view, openDoc]);
  if (view.kind === 'org') return <OrgStage doc={doc} view={view} lang={lang} stopKey={stopKey} />;
  if (view.kind === 'scheme') return <SchemeStage view={view} lang={lang} stopKey={stopKey} />;
  return <RunStage view={view} lang={lang} />;
}
