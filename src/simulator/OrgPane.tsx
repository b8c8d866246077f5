import { ReactFlowProvider } from '@xyflow/react';
import type { Lang } from '../../models/law/types';
import type { OrgDocument, RelationKind, UnitId } from '../../models/org/types';
import { DiagramCanvas } from '../editor/diagram/DiagramCanvas';

const PLAIN: ReadonlySet<RelationKind> = new Set(['subordination']);
const COUNCIL: ReadonlySet<RelationKind> = new Set(['subordination', 'councilMember', 'councilChair']);

/** The org diagram inside the simulator: the units of the run lit, a click picks a unit. */
export function OrgPane({ doc, lang, highlight, council, onUnitClick }: { doc: OrgDocument; lang: Lang; highlight: ReadonlySet<UnitId>; council: boolean; onUnitClick: (id: UnitId) => void }) {
  return (
    <div className="sim-org" data-testid="sim-org">
      <ReactFlowProvider>
        <DiagramCanvas
          doc={doc}
          lang={lang}
          direction="DOWN"
          layers={council ? COUNCIL : PLAIN}
          findings={[]}
          highlight={highlight.size ? highlight : undefined}
          onUnitClick={onUnitClick}
          readOnly
        />
      </ReactFlowProvider>
    </div>
  );
}
