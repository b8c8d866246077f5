/**
 * Pure helpers of the simulator screen: no React, no DOM. Everything procedure-specific comes from
 * the definition (models/procedures); what is left here is how the screen reads any of them.
 */
import type { ProcedureDefinition } from '../../models/procedures/core/types';
import type { OrgDocument, UnitId } from '../../models/org/types';
import { ROLE_OF_KIND } from '../../models/org/roles';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A nested field of an input draft. */
export function getPath(obj: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** The acting prosecutor a run's input names: role and unit id, or null where the procedure has none. */
export function actingProsecutorOf(def: AnyDef, input: unknown): { role: string; unitId?: string } | null {
  if (!def.actingProsecutor) return null;
  const role = getPath(input, def.actingProsecutor.role);
  if (typeof role !== 'string') return null;
  const unitId = getPath(input, def.actingProsecutor.unit);
  return typeof unitId === 'string' ? { role, unitId } : { role };
}

/** The role a unit picked on the diagram gives the acting prosecutor, or undefined for a unit no prosecutor heads. */
export function roleForUnit(doc: OrgDocument, id: UnitId): string | undefined {
  const kind = doc.units[id]?.kind;
  return kind === undefined ? undefined : ROLE_OF_KIND[kind];
}

/** The linked openings the parent run's context offers now: the procedures it can open, with their definitions. */
export function openingsFrom<T extends { from: string; when(ctx: unknown): boolean }>(registered: readonly { id: string; openedFrom: readonly T[] }[], parentId: string, context: unknown): { childId: string; opening: T }[] {
  return registered.flatMap((d) => d.openedFrom.filter((o) => o.from === parentId && o.when(context)).map((opening) => ({ childId: d.id, opening })));
}

/**
 * A linked run's title in one language: runs opened here name their parent "kk / ru / en".
 * @example linkedTitleIn('Тексеру / Проверка / Inspection', 'ru') // 'Проверка'
 */
export function linkedTitleIn(title: string, lang: 'kk' | 'ru' | 'en'): string {
  const parts = title.split(' / ');
  if (parts.length !== 3) return title;
  return parts[{ kk: 0, ru: 1, en: 2 }[lang]] ?? title;
}
