import { memo } from 'react';
import type { NodeTypes } from '@xyflow/react';
import type { KindFamily } from '../../../../models/org/kinds';
import { UnitCard } from './UnitCard';

/**
 * One node type per family, at module scope so React Flow never remounts them.
 * Families differ in colour, border and icon (see diagram.css), which is what
 * a class at the back of a room can tell apart.
 */
const families: KindFamily[] = [
  'generalOffice', 'gpoInternal', 'departmental', 'academy', 'military', 'transport',
  'oblast', 'district', 'council', 'collegium', 'external',
];

const Card = memo(UnitCard);

export const nodeTypes: NodeTypes = Object.fromEntries(families.map((f) => [f, Card]));
