/** The national template, built once and shared by the org exercises (read only). */
import type { LocalizedText } from '../law/types';
import { names } from '../org/rules/text';
import { kazakhstanTemplate } from '../org/templates';
import type { OrgDocument, UnitId } from '../org/types';

let doc: OrgDocument | undefined;

export function nationalDocument(): OrgDocument {
  doc ??= kazakhstanTemplate();
  return doc;
}

/** «name» of a unit in the three languages. */
export function unitNames(id: UnitId): LocalizedText {
  const d = nationalDocument();
  return names(d.units[id], id);
}

/** «a», «b», «c» per language (or a dash for none). */
export function unitList(ids: readonly UnitId[]): LocalizedText {
  const n = ids.map(unitNames);
  const join = (l: keyof LocalizedText) => (n.length === 0 ? '—' : n.map((x) => x[l]).join(', '));
  return { kk: join('kk'), ru: join('ru'), en: join('en') };
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
