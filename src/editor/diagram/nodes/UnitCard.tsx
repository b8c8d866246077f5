import { Handle, Position, type NodeProps } from '@xyflow/react';
import { kindFamily, kindLabel } from '../../../../models/org/kinds';
import type { UnitNode } from '../toFlow';
import { FamilyIcon } from './FamilyIcon';

/**
 * The card every family draws: icon, name in the chosen language, the head's
 * title (or the kind), and a badge when rules found something here.
 */
export function UnitCard({ data, selected }: NodeProps<UnitNode>) {
  const { unit, lang, findings, findingSeverity, direction } = data;
  const family = kindFamily(unit.kind);
  const subtitle = unit.head?.[lang] ?? kindLabel(unit.kind)[lang];
  const down = direction === 'DOWN';
  return (
    <div className={`unit-card family-${family}${selected ? ' is-selected' : ''}`} data-kind={unit.kind} title={unit.name[lang]}>
      <Handle type="target" id="in" position={down ? Position.Top : Position.Left} className="unit-handle" />
      <Handle type="target" id="stackIn" position={Position.Left} className="unit-handle unit-handle-stack" />
      <div className="unit-head">
        <FamilyIcon family={family} />
        <span className="unit-kind">{kindLabel(unit.kind)[lang]}</span>
      </div>
      <div className="unit-name">{unit.name[lang]}</div>
      {unit.head && <div className="unit-sub">{subtitle}</div>}
      {findings > 0 && (
        <span className={`unit-badge severity-${findingSeverity ?? 'info'}`} data-testid="finding-badge" aria-label={`${findings}`}>
          {findings}
        </span>
      )}
      <Handle type="source" id="out" position={down ? Position.Bottom : Position.Right} className="unit-handle" />
      <Handle type="source" id="stack" position={Position.Bottom} className="unit-handle unit-handle-stackout" />
    </div>
  );
}
