/** Pure edits of the org document: immer recipes with patches, refusing what would break an invariant. */
export { applyOrgPatches, applyRecipe, refuse, type OpRefusal, type OpResult, type OpSuccess, type Patch } from './result';
export { sanitizeIdBase, sequentialIds, type IdGenerator } from './ids';
export {
  addUnit,
  changeKind,
  normaliseAttributes,
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
export { addRelation, removeRelation, type NewRelation } from './relations';
export { deleteSubtree, deleteUnit, duplicateSubtree } from './subtree';
export { applyEdit, type OrgEdit, type OrgEditType } from './edits';
