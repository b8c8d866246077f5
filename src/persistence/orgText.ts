import type { LocalizedText } from '../../models/law/types';
import { invariantViolations } from '../../models/org/rules';
import { parseJsonSafely, tryParseOrgDocument, tryParseOrgFile } from '../../models/org/schema';
import { ORG_FORMAT, ORG_VERSION } from '../../models/org/types';
import type { OrgDocument } from '../../models/org/types';

/**
 * The pure checks behind opening a file and restoring storage: no DOM, no
 * worker, so the parse worker and unit tests import this alone.
 */

export type FileProblem = { path: string; message: string | LocalizedText };
export type ReadResult = { ok: true; doc: OrgDocument } | { ok: false; problems: FileProblem[] };

export function refuse(path: string, message: LocalizedText): ReadResult {
  return { ok: false, problems: [{ path, message }] };
}

function checkInvariants(doc: OrgDocument): ReadResult {
  const broken = invariantViolations(doc);
  if (broken.length === 0) return { ok: true, doc };
  return {
    ok: false,
    problems: broken.slice(0, 50).map((f) => ({ path: f.units.join(', ') || '(document)', message: f.message })),
  };
}

/**
 * Reads an org file's text: the schema first, then the structural invariants
 * (cycles, dangling references, misplaced kinds). Anything wrong is listed and
 * nothing is loaded, so the open document stays as it was.
 */
export function readOrgText(text: string): ReadResult {
  if (text.trim() === '') {
    return refuse('(file)', { kk: 'Файл бос.', ru: 'Файл пуст.', en: 'The file is empty.' });
  }
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const what = Array.isArray(raw) ? 'a JSON array' : raw === null ? 'null' : `a JSON ${typeof raw}`;
    return refuse('(root)', {
      kk: `Файлда ${what} бар, Prokuratura Studio файлы емес (күтілетін формат "${ORG_FORMAT}").`,
      ru: `В файле ${what}, а не файл Prokuratura Studio (ожидается формат "${ORG_FORMAT}").`,
      en: `The file holds ${what}, not a Prokuratura Studio org file (expected format "${ORG_FORMAT}").`,
    });
  }
  const version = (raw as Record<string, unknown>).version;
  if ((raw as Record<string, unknown>).format === ORG_FORMAT && version !== ORG_VERSION && !(typeof version === 'number' && version > ORG_VERSION)) {
    const shown = JSON.stringify(version) ?? 'missing';
    return refuse('version', {
      kk: `Нұсқа ${shown} белгісіз: бұл қолданба ${ORG_VERSION} нұсқасын оқиды.`,
      ru: `Версия ${shown} неизвестна: приложение читает версию ${ORG_VERSION}.`,
      en: `Version ${shown} is not one this app reads (it reads version ${ORG_VERSION}).`,
    });
  }
  if ((raw as Record<string, unknown>).format === ORG_FORMAT && (raw as Record<string, unknown>).document === undefined) {
    return refuse('document', {
      kk: 'Файлда "document" бөлімі жоқ: ашатын құжат жоқ.',
      ru: 'В файле нет раздела "document": открывать нечего.',
      en: 'The file has no "document" section: there is nothing to open.',
    });
  }
  const parsed = tryParseOrgFile(raw);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return checkInvariants(parsed.value.document);
}

/** Bytes of a file: strict UTF-8 (a leading BOM is dropped), then as readOrgText. */
export function readOrgBytes(bytes: ArrayBuffer | Uint8Array): ReadResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('(file)', { kk: 'Файл UTF-8 мәтіні емес.', ru: 'Файл не является текстом UTF-8.', en: 'The file is not UTF-8 text.' });
  }
  return readOrgText(text);
}

/** A document as kept in storage (no file envelope): the schema, then the invariants. */
export function checkStoredDocument(raw: unknown): ReadResult {
  const parsed = tryParseOrgDocument(raw);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return checkInvariants(parsed.value);
}
