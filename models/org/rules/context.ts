import type { OrgDocument, Relation, Unit, UnitId, UnitKind } from '../types';
import type { RuleContext } from './types';

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Builds the shared indexes in one pass over units and one over relations. */
export function buildRuleContext(doc: OrgDocument): RuleContext {
  const units = Object.values(doc.units);
  const children = new Map<UnitId, Unit[]>();
  const byKind = new Map<UnitKind, Unit[]>();
  for (const u of units) {
    if (u.parentId !== undefined) push(children, u.parentId, u);
    push(byKind, u.kind, u);
  }
  const relationsTo = new Map<UnitId, Relation[]>();
  const relationsFrom = new Map<UnitId, Relation[]>();
  for (const r of doc.relations) {
    push(relationsTo, r.to, r);
    push(relationsFrom, r.from, r);
  }
  const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  return {
    doc,
    units,
    children,
    relationsTo,
    relationsFrom,
    byKind,
    get: (id) => (id !== undefined && has(doc.units, id) ? doc.units[id] : undefined),
  };
}
