import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import type { OrgDocument, Relation, RelationId, Unit, UnitId, UnitKind } from '../types';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem (or remark) about a document. `code` is `<ruleCode>.<case>`,
 * e.g. `appointments.missing`; `message` is ready to show, built from
 * `values`; the UI shows it next to the formatted `citation`.
 */
export interface Finding {
  code: string;
  severity: Severity;
  /** The units the finding is about (the first is the one to select). */
  units: UnitId[];
  relations?: RelationId[];
  citation: CitationId;
  values?: Record<string, string | number | boolean | null>;
  message: LocalizedText;
}

/** Indexes built once per `validate` call and shared by all rules. */
export interface RuleContext {
  doc: OrgDocument;
  /** Units in document order. */
  units: Unit[];
  /** Children by parent id (only parents that exist or not: keyed by the `parentId` value). */
  children: ReadonlyMap<UnitId, Unit[]>;
  /** Relations by `to` and by `from`. */
  relationsTo: ReadonlyMap<UnitId, Relation[]>;
  relationsFrom: ReadonlyMap<UnitId, Relation[]>;
  byKind: ReadonlyMap<UnitKind, Unit[]>;
  get(id: UnitId | undefined): Unit | undefined;
}

/** A rule: a pure function of the document (through its indexes) with a stable code. */
export interface OrgRule {
  code: string;
  /** What the rule checks, for a rules list in the UI. */
  title: LocalizedText;
  check(ctx: RuleContext): Finding[];
}
