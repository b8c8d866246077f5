/**
 * What the meeting screen reads from a councilVote snapshot: the context, the state, names, and
 * the verdict of an event with its reason and article. Every answer comes from the model.
 */
import type { TFunction } from 'i18next';
import type { AnyMachineSnapshot } from 'xstate';
import type { CitationId } from '../../../models/law';
import type { Lang } from '../../../models/law/types';
import type { OrgDocument } from '../../../models/org/types';
import { councilVoteDefinition, type CouncilState, type CouncilVoteContext, type CouncilVoteEvent } from '../../../models/procedures/councilVote';
import { fillLabel, plainValue, verdictFor } from '../../../models/procedures/core';
import type { Verdict } from '../../../models/procedures/core/types';
import { citationText } from '../../law/CitationView';

export type Send = (event: { type: string } & Record<string, unknown>) => void;

export function ctxOf(snapshot: AnyMachineSnapshot): CouncilVoteContext {
  return snapshot.context as CouncilVoteContext;
}

export function stateOf(snapshot: AnyMachineSnapshot): CouncilState {
  return (typeof snapshot.value === 'string' ? snapshot.value : 'idle') as CouncilState;
}

/** A member's name: the run's own names first, then the org document, then the id. */
export function memberName(ctx: CouncilVoteContext, doc: OrgDocument, id: string, lang: Lang): string {
  return ctx.body.names?.[id]?.[lang] ?? doc.units[id]?.name[lang] ?? id;
}

/** The shared runner's answer: explain() first, then the machine itself. */
export function verdictOf(snapshot: AnyMachineSnapshot, event: CouncilVoteEvent): Verdict {
  return verdictFor(councilVoteDefinition, snapshot, event);
}

/** A refusal in words ("Absent: only members present vote") and the citation behind it; null when accepted. */
export function reasonOf(v: Verdict, t: TFunction<'meeting'>, lang: Lang): { text: string; citation: CitationId } | null {
  if (v.ok) return null;
  const label = councilVoteDefinition.codeLabels[v.code];
  const format = (key: string, value: unknown) => (key === 'choice' && typeof value === 'string' ? t(`choice.${value}`, { defaultValue: value }) : plainValue(key, value));
  const text = label ? fillLabel(label[lang], v.values ?? {}, format) : t('reason.other', { code: v.code });
  return { text, citation: v.citation };
}

/** "Absent: only members present vote — Coordination Council Regulation, article unknown [manual, l. …]" (titles). */
export function reasonText(v: Verdict, t: TFunction<'meeting'>, lang: Lang): string {
  const r = reasonOf(v, t, lang);
  return r ? `${r.text} — ${citationText(r.citation, lang)}` : '';
}

/** The unit of the org document this body is, if it can be found (for the minutes' heading). */
export function bodyUnitName(ctx: CouncilVoteContext, doc: OrgDocument, lang: Lang): string | null {
  const chaired = new Set(doc.relations.filter((r) => r.kind === 'councilChair' && r.from === ctx.body.chairId).map((r) => r.to));
  const unit = Object.values(doc.units).find(
    (u) => chaired.has(u.id) && u.kind === ctx.body.kind && (ctx.body.level === undefined || u.level === ctx.body.level),
  );
  return unit ? unit.name[lang] : null;
}
