import type { LocalizedText } from '../../models/law/types';
import { invariantViolations } from '../../models/org/rules';
import { tryParseOrgFile, type ParseProblem } from '../../models/org/schema';
import type { OrgDocument } from '../../models/org/types';

export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export type ReadResult =
  | { ok: true; doc: OrgDocument }
  | { ok: false; problems: { path: string; message: string | LocalizedText }[] };

/**
 * Reads an org file's text: the schema first, then the structural invariants
 * (cycles, dangling references, misplaced kinds). Anything wrong is listed and
 * nothing is loaded, so the open document stays as it was.
 */
export function readOrgText(text: string): ReadResult {
  const parsed = tryParseOrgFile(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const broken = invariantViolations(parsed.value.document);
  if (broken.length > 0) {
    return {
      ok: false,
      problems: broken.slice(0, 50).map((f) => ({ path: f.units.join(', ') || '(document)', message: f.message })),
    };
  }
  return { ok: true, doc: parsed.value.document };
}

export async function readOrgFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    const problem: ParseProblem = { path: file.name, message: `the file is ${(file.size / 1048576).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1048576} MB can be opened` };
    return { ok: false, problems: [problem] };
  }
  return readOrgText(await file.text());
}
