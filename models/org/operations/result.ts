import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import type { OrgDocument } from '../types';

enablePatches();

export type { Patch } from 'immer';

/** An accepted edit: the new document and the patches to redo / undo it. */
export interface OpSuccess {
  ok: true;
  doc: OrgDocument;
  patches: Patch[];
  inversePatches: Patch[];
  /** Ids the edit created (new unit, copied units root first, new relation). */
  created?: string[];
}

/** A refused edit: the document stays as it was; `message` says why. */
export interface OpRefusal {
  ok: false;
  code: string;
  message: LocalizedText;
  citation?: CitationId;
  values?: Record<string, string | number | boolean | null>;
}

export type OpResult = OpSuccess | OpRefusal;

export function refuse(code: string, message: LocalizedText, citation?: CitationId, values?: OpRefusal['values']): OpRefusal {
  return citation ? { ok: false, code, message, citation, ...(values ? { values } : {}) } : { ok: false, code, message, ...(values ? { values } : {}) };
}

/**
 * Runs an immer recipe over the document and returns the new document with
 * its patches. Preconditions are checked before calling it: a recipe never refuses.
 * @example
 * const r = applyRecipe(doc, (d) => { d.title.en = 'Classroom'; });
 * if (r.ok) history.push(r.inversePatches);
 */
export function applyRecipe(doc: OrgDocument, recipe: (draft: Draft<OrgDocument>) => void, created?: string[]): OpSuccess {
  const [next, patches, inversePatches] = produceWithPatches(doc, recipe);
  return created ? { ok: true, doc: next, patches, inversePatches, created } : { ok: true, doc: next, patches, inversePatches };
}

/** Applies patches (e.g. an edit's `inversePatches` to undo it). */
export function applyOrgPatches(doc: OrgDocument, patches: readonly Patch[]): OrgDocument {
  return applyPatches(doc, patches as Patch[]);
}
