import type { Lang } from '../../../models/law/types';

/** Placeholder: the accessible tree view of the hierarchy (ARIA tree) lands here. */
export function TreePanel(_props: { lang: Lang }) {
  return null;
}
