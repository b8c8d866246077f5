import type { Lang } from '../../models/law/types';
import { fillLabel } from '../../models/procedures/core';
import type { ProcedureDefinition, Verdict } from '../../models/procedures/core/types';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export { eventTypeLabel, stateLabel } from '../../models/procedures/core/labels';

/**
 * Why a verdict refuses, in the reader's language, its numbers filled in: "No quorum: 5 of 9 present,
 * 6 needed". `format` words a value (a role, a choice) where the screen has words for it.
 */
export function reasonText(def: AnyDef, verdict: Verdict, lang: Lang, format?: (key: string, value: unknown) => string): string {
  if (verdict.ok) return '';
  const label = def.codeLabels[verdict.code];
  if (!label) return verdict.code;
  return fillLabel(label[lang], verdict.values ?? {}, format);
}
