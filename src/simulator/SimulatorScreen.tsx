import type { Lang } from '../../models/law/types';
import type { OrgDocument } from '../../models/org/types';

/** Placeholder until the simulator lands: the screen's contract is its props. */
export function SimulatorScreen({ doc, lang }: { doc: OrgDocument; lang: Lang }) {
  return <main className="simulator" data-testid="simulator">{doc.title[lang]}</main>;
}
