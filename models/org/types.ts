import type { EditionId } from '../law/editions';
import type { LocalizedText } from '../law/types';

/** Unit ids are stable strings, unique in a document (e.g. "gpo", "oblast-almaty"). */
export type UnitId = string;
export type RelationId = string;

/** The closed list of unit kinds (design.md, "The org document"). */
export const UNIT_KINDS = [
  'president',
  'senate',
  'kurultai',
  'agency',
  'generalOffice',
  'gpoPost',
  'apparatus',
  'gpoDepartment',
  'committee',
  'committeeTerritorial',
  'academy',
  'militaryChief',
  'militaryRegional',
  'militaryGarrison',
  'transportChief',
  'transportRegional',
  'oblast',
  'district',
  'coordinationCouncil',
  'collegium',
  'interdepartmentalMeeting',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const OBLAST_TYPES = ['oblast', 'city', 'capital'] as const;
export type OblastType = (typeof OBLAST_TYPES)[number];
export const DISTRICT_TYPES = ['district', 'city', 'interDistrict', 'specialised'] as const;
export type DistrictType = (typeof DISTRICT_TYPES)[number];
export const COUNCIL_LEVELS = ['republican', 'regional', 'military', 'transport'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];

export const RELATION_KINDS = [
  'subordination',
  'appointment',
  'accountability',
  'councilMember',
  'councilChair',
  'supervision',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface Position {
  x: number;
  y: number;
}

export interface Unit {
  id: UnitId;
  kind: UnitKind;
  name: LocalizedText;
  /** Title of the unit's head, e.g. "General Prosecutor". */
  head?: LocalizedText;
  /** The subordination tree: the unit this one answers to. Absent at the root and for external units. */
  parentId?: UnitId;
  notes?: string;
  /** A pinned position: kept where it is when the layout is re-run. */
  position?: Position;
  /** Only for kind `oblast`. */
  oblastType?: OblastType;
  /** Only for kind `district`. */
  districtType?: DistrictType;
  /** Only for kind `coordinationCouncil`. */
  level?: CouncilLevel;
}

/**
 * A non-tree relation between two units. Directions:
 * appointment: appointer -> appointee (`consentOf`: whose consent is needed);
 * accountability: the accountable unit -> the one it reports to;
 * councilMember / councilChair: member (or chairing office) -> council or collegium;
 * supervision: supervisor -> supervised.
 * `subordination` is derived from `parentId`; a stored one is redundant.
 */
export interface Relation {
  id: RelationId;
  kind: RelationKind;
  from: UnitId;
  to: UnitId;
  consentOf?: UnitId;
  /** Only for `councilMember`: an invited participant, who takes part but never votes. */
  invited?: boolean;
}

export interface OrgDocument {
  title: LocalizedText;
  /** Records by id. Invariant: `units[id].id === id`. */
  units: Record<UnitId, Unit>;
  relations: Relation[];
  /** Which template it came from, if any. */
  template?: string;
  /** The legal edition the document follows (models/law/editions); missing means '2023', so version-1 files stay valid. */
  edition?: EditionId;
}

export const ORG_FORMAT = 'prokuratura.org';
export const ORG_VERSION = 1;

/** The file on disk. */
export interface OrgFile {
  format: typeof ORG_FORMAT;
  version: typeof ORG_VERSION;
  document: OrgDocument;
}
