/**
 * Every edit as a plain event object (`domain.verb`), so that the editor can
 * send it, record it and replay it; `applyEdit` dispatches to the operations.
 */
import type { EditionId } from '../../law/editions';
import type { LocalizedText } from '../../law/types';
import type { OrgDocument, Position, RelationId, UnitId, UnitKind } from '../types';
import { addRelation, removeRelation, type NewRelation } from './relations';
import type { OpResult } from './result';
import { deleteSubtree, deleteUnit, duplicateSubtree } from './subtree';
import {
  addUnit,
  changeKind,
  pinPosition,
  renameUnit,
  reparent,
  setAttributes,
  setEdition,
  setHead,
  setNotes,
  setTitle,
  unpinPosition,
  type OperationOptions,
  type UnitAttributes,
} from './units';

export type OrgEdit =
  | { type: 'unit.add'; parentId?: UnitId; kind: UnitKind; name: LocalizedText; id?: UnitId; attributes?: UnitAttributes }
  | { type: 'unit.rename'; id: UnitId; name: LocalizedText }
  | { type: 'unit.setHead'; id: UnitId; head?: LocalizedText }
  | { type: 'unit.setNotes'; id: UnitId; notes?: string }
  | { type: 'unit.setAttributes'; id: UnitId; attributes: UnitAttributes }
  | { type: 'unit.changeKind'; id: UnitId; kind: UnitKind }
  | { type: 'unit.delete'; id: UnitId }
  | { type: 'unit.deleteSubtree'; id: UnitId }
  | { type: 'unit.reparent'; id: UnitId; parentId?: UnitId }
  | { type: 'unit.duplicateSubtree'; id: UnitId; parentId?: UnitId }
  | { type: 'unit.pin'; id: UnitId; position: Position }
  | { type: 'unit.unpin'; id: UnitId }
  | { type: 'relation.add'; relation: NewRelation }
  | { type: 'relation.remove'; id: RelationId }
  | { type: 'document.setTitle'; title: LocalizedText }
  | { type: 'document.setEdition'; edition: EditionId };

export type OrgEditType = OrgEdit['type'];

/**
 * Applies one edit. Refused edits return `{ ok: false, … }` and the caller
 * keeps its document.
 * @example
 * const r = applyEdit(doc, { type: 'unit.reparent', id: 'district-1', parentId: 'oblast-2' });
 * if (r.ok) doc = r.doc; else show(r.message[lang]);
 */
export function applyEdit(doc: OrgDocument, edit: OrgEdit, options: OperationOptions = {}): OpResult {
  switch (edit.type) {
    case 'unit.add':
      return addUnit(doc, edit.parentId, edit.kind, edit.name, edit.id, { ...options, ...(edit.attributes ? { attributes: edit.attributes } : {}) });
    case 'unit.rename':
      return renameUnit(doc, edit.id, edit.name);
    case 'unit.setHead':
      return setHead(doc, edit.id, edit.head);
    case 'unit.setNotes':
      return setNotes(doc, edit.id, edit.notes);
    case 'unit.setAttributes':
      return setAttributes(doc, edit.id, edit.attributes);
    case 'unit.changeKind':
      return changeKind(doc, edit.id, edit.kind);
    case 'unit.delete':
      return deleteUnit(doc, edit.id);
    case 'unit.deleteSubtree':
      return deleteSubtree(doc, edit.id);
    case 'unit.reparent':
      return reparent(doc, edit.id, edit.parentId);
    case 'unit.duplicateSubtree':
      return duplicateSubtree(doc, edit.id, edit.parentId, options);
    case 'unit.pin':
      return pinPosition(doc, edit.id, edit.position);
    case 'unit.unpin':
      return unpinPosition(doc, edit.id);
    case 'relation.add':
      return addRelation(doc, edit.relation, options);
    case 'relation.remove':
      return removeRelation(doc, edit.id);
    case 'document.setTitle':
      return setTitle(doc, edit.title);
    case 'document.setEdition':
      return setEdition(doc, edit.edition);
  }
}
