import type { CitationId } from '../../law';
import type { RelationKind } from '../types';

/** The provision behind each relation kind, cited when the relation itself is faulty. */
export const RELATION_CITATION: Record<RelationKind, CitationId> = {
  subordination: 'common.subordination',
  appointment: 'org.appointments',
  accountability: 'org.accountability',
  councilMember: 'org.councilMembers',
  councilChair: 'org.councilChair',
  supervision: 'common.clScope',
};
