import { useContext } from 'react';
import { Handle, Position, useConnection, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { ChevronUp, Plus } from 'lucide-react';
import '../../projector/i18n';
import { DiagramActions } from '../DiagramActions';
import { kindFamily, kindLabel } from '../../../../models/org/kinds';
import type { UnitNode } from '../toFlow';
import { FamilyIcon } from './FamilyIcon';

/**
 * The card every family draws: icon, name in the chosen language, the head's
 * title (or the kind), and a badge when rules found something here.
 */
export function UnitCard({ data, selected }: NodeProps<UnitNode>) {
  const { unit, lang, findings, findingSeverity, direction, childCount, collapsed } = data;
  const actions = useContext(DiagramActions);
  const { t } = useTranslation('view');
  const connecting = useConnection((c) => c.inProgress);
  const family = kindFamily(unit.kind);
  const head = unit.head?.[lang];
  const showHead = head !== undefined && head !== unit.name[lang];
  const down = direction === 'DOWN';
  return (
    <div className={`unit-card family-${family}${selected ? ' is-selected' : ''}`} data-kind={unit.kind} title={unit.name[lang]}>
      <Handle type="target" id="in" position={down ? Position.Top : Position.Left} className="unit-handle" />
      <Handle type="target" id="stackIn" position={Position.Left} className="unit-handle unit-handle-stack" />
      {/* Drop anywhere on a card to end a connection (React Flow's "easy connect"): it never starts one. */}
      <Handle type="target" id="drop" position={Position.Top} isConnectableStart={false} className={`unit-drop-target${connecting ? ' is-active' : ''}`} />
      <div className="unit-head">
        <FamilyIcon family={family} />
        <span className="unit-kind">{kindLabel(unit.kind)[lang]}</span>
      </div>
      <div className="unit-name">{unit.name[lang]}</div>
      {showHead && <div className="unit-sub">{head}</div>}
      {findings > 0 && (
        <span className={`unit-badge severity-${findingSeverity ?? 'info'}`} data-testid="finding-badge" aria-label={`${findings}`}>
          {findings}
        </span>
      )}
      {actions && childCount > 0 && (
        <button
          type="button"
          className="unit-collapse nodrag"
          data-testid="collapse-toggle"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('expandNamed', { name: unit.name[lang], count: childCount, lng: lang }) : t('collapseNamed', { name: unit.name[lang], lng: lang })}
          title={collapsed ? t('hidden', { count: childCount, lng: lang }) : t('collapseNamed', { name: unit.name[lang], lng: lang })}
          onClick={(e) => {
            e.stopPropagation();
            actions.toggleCollapsed(unit.id);
          }}
        >
          {collapsed ? (
            <>
              <Plus aria-hidden="true" size={12} strokeWidth={3} />
              <span className="unit-collapse-count">{childCount}</span>
            </>
          ) : (
            <ChevronUp aria-hidden="true" size={14} strokeWidth={2.5} />
          )}
        </button>
      )}
      <Handle type="source" id="out" position={down ? Position.Bottom : Position.Right} className="unit-handle" />
      <Handle type="source" id="stack" position={Position.Bottom} className="unit-handle unit-handle-stackout" />
      {/* Relations that point back up the picture (accountability to the President) leave from the top. */}
      <Handle type="source" id="up" position={down ? Position.Top : Position.Left} className="unit-handle" />
      <Handle type="target" id="down" position={down ? Position.Bottom : Position.Right} className="unit-handle" />
    </div>
  );
}
