import { createContext } from 'react';
import type { UnitId } from '../../../models/org/types';

/** What a card can ask of the editor without props drilling through React Flow. */
export interface DiagramActionsValue {
  toggleCollapsed(id: UnitId): void;
}

export const DiagramActions = createContext<DiagramActionsValue | null>(null);
