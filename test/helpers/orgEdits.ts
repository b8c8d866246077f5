/** Random edits of org documents for property tests: seeds, their resolution against a document, the invariants. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { allowedChildKinds } from '../../models/org/kinds';
import type { OrgEdit } from '../../models/org/operations';
import { invariantViolations } from '../../models/org/rules';
import { tryParseOrgDocument } from '../../models/org/schema';
import { DISTRICT_TYPES, OBLAST_TYPES, RELATION_KINDS, UNIT_KINDS, type OrgDocument, type UnitId } from '../../models/org/types';

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** An id choice: an index into the ids of the document at the time of the step, or a raw (often bad) id. */
export type IdChoice = { pick: number } | { raw: string };
export const idChoice: fc.Arbitrary<IdChoice> = fc.oneof(
  { weight: 10, arbitrary: fc.nat({ max: 1000 }).map((pick) => ({ pick })) },
  { weight: 1, arbitrary: fc.constantFrom('ghost', '__proto__', 'constructor', 'toString', 'bad id', '', 'gpo', 'a-gpo').map((raw) => ({ raw })) },
);
const maybeParent: fc.Arbitrary<IdChoice | null> = fc.oneof({ weight: 8, arbitrary: idChoice }, { weight: 1, arbitrary: fc.constant(null) });
const word = fc.oneof(fc.constantFrom('Алматы', 'Астана', 'Office', 'қала', 'x<y', '', 'a\u0007b'), fc.string({ maxLength: 8 }));
const name = fc.record({ kk: word, ru: word, en: word });

/** A seed for one edit; it is turned into an `OrgEdit` against the document of the moment. */
export const editSeed = fc.record({
  op: fc.constantFrom(
    'unit.add', 'unit.add', 'unit.add', 'unit.rename', 'unit.setHead', 'unit.setNotes', 'unit.setAttributes', 'unit.changeKind',
    'unit.delete', 'unit.deleteSubtree', 'unit.reparent', 'unit.reparent', 'unit.duplicateSubtree', 'unit.pin', 'unit.unpin',
    'relation.add', 'relation.add', 'relation.remove', 'document.setTitle', 'document.setEdition',
  ),
  a: idChoice,
  b: maybeParent,
  c: fc.option(idChoice, { nil: undefined }),
  kind: fc.constantFrom(...UNIT_KINDS),
  lawful: fc.boolean(),
  kindPick: fc.nat({ max: 20 }),
  name,
  ownId: fc.option(fc.constantFrom('new-unit', 'gpo', 'medeu', 'a-gpo', 'bad id', 'x'), { nil: undefined }),
  relKind: fc.constantFrom(...RELATION_KINDS),
  invited: fc.option(fc.boolean(), { nil: undefined }),
  pos: fc.record({ x: fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.constant(Number.NaN), fc.constant(1e9)), y: fc.integer({ min: -5000, max: 5000 }) }),
  attr: fc.oneof(
    fc.constantFrom({ oblastType: 'city' as const }, { districtType: 'specialised' as const }, { level: 'regional' as const }, { level: 'republican' as const }, {}),
  ),
  notes: fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constant('<script>')), { nil: undefined }),
});
export type EditSeed = typeof editSeed extends fc.Arbitrary<infer T> ? T : never;

function resolve(doc: OrgDocument, c: IdChoice): UnitId {
  if ('raw' in c) return c.raw;
  const ids = Object.keys(doc.units);
  return ids.length ? (ids[c.pick % ids.length]) : 'ghost';
}

export function toEdit(doc: OrgDocument, s: EditSeed): OrgEdit {
  const a = resolve(doc, s.a);
  const b = s.b === null ? undefined : resolve(doc, s.b);
  switch (s.op) {
    case 'unit.add': {
      const parentKind = b !== undefined && Object.hasOwn(doc.units, b) ? doc.units[b]?.kind : undefined;
      const lawfulKinds = parentKind ? allowedChildKinds(parentKind) : [];
      const kind = s.lawful && lawfulKinds.length ? (lawfulKinds[s.kindPick % lawfulKinds.length] ?? s.kind) : s.kind;
      return { type: 'unit.add', ...(b !== undefined ? { parentId: b } : {}), kind, name: s.name, ...(s.ownId ? { id: s.ownId } : {}) };
    }
    case 'unit.rename':
      return { type: 'unit.rename', id: a, name: s.name };
    case 'unit.setHead':
      return { type: 'unit.setHead', id: a, ...(s.lawful ? { head: s.name } : {}) };
    case 'unit.setNotes':
      return { type: 'unit.setNotes', id: a, ...(s.notes !== undefined ? { notes: s.notes } : {}) };
    case 'unit.setAttributes': {
      const u = Object.hasOwn(doc.units, a) ? doc.units[a] : undefined;
      if (!s.lawful || !u) return { type: 'unit.setAttributes', id: a, attributes: s.attr };
      // Attributes that fit the unit, so that accepted edits happen too.
      const attributes =
        u.kind === 'oblast' ? { oblastType: OBLAST_TYPES[s.kindPick % OBLAST_TYPES.length] }
        : u.kind === 'district' ? { districtType: DISTRICT_TYPES[s.kindPick % DISTRICT_TYPES.length] }
        : s.attr;
      return { type: 'unit.setAttributes', id: a, attributes };
    }
    case 'unit.changeKind':
      return { type: 'unit.changeKind', id: a, kind: s.kind };
    case 'unit.delete':
    case 'unit.deleteSubtree':
    case 'unit.unpin':
      return { type: s.op, id: a };
    case 'unit.reparent':
    case 'unit.duplicateSubtree':
      return { type: s.op, id: a, ...(b !== undefined ? { parentId: b } : {}) };
    case 'unit.pin':
      return { type: 'unit.pin', id: a, position: s.pos };
    case 'relation.add':
      return {
        type: 'relation.add',
        relation: {
          kind: s.relKind, from: a, to: b ?? a,
          ...(s.c ? { consentOf: resolve(doc, s.c) } : {}),
          ...(s.invited !== undefined ? { invited: s.invited } : {}),
          ...(s.ownId && s.lawful ? { id: s.ownId } : {}),
        },
      };
    case 'relation.remove': {
      const ids = doc.relations.map((r) => r.id);
      const id = 'raw' in s.a ? s.a.raw : ids.length ? (ids[s.a.pick % ids.length]) : 'ghost';
      return { type: 'relation.remove', id };
    }
    case 'document.setTitle':
      return { type: 'document.setTitle', title: s.name };
    case 'document.setEdition':
      return { type: 'document.setEdition', edition: s.lawful ? (s.kindPick % 2 ? '2026' : '2023') : ('1995' as '2023') };
  }
}

/** The invariants every document reachable by edits keeps. */
export function checkInvariants(doc: OrgDocument): void {
  const parsed = tryParseOrgDocument(doc);
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  for (const [id, u] of Object.entries(doc.units)) expect(u.id).toBe(id);
  const relIds = doc.relations.map((r) => r.id);
  expect(new Set(relIds).size).toBe(relIds.length);
  for (const r of doc.relations) {
    expect(Object.hasOwn(doc.units, r.id)).toBe(false);
    for (const end of [r.from, r.to, r.consentOf]) if (end !== undefined) expect(Object.hasOwn(doc.units, end)).toBe(true);
  }
  expect(invariantViolations(doc).map((f) => `${f.code}: ${f.message.en}`)).toEqual([]);
}

