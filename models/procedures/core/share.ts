import { z } from 'zod';
import { parseJsonSafely, type ParseResult } from '../../org/schema';
import { PROCEDURE_IDS, SCENARIO_FORMAT, SCENARIO_VERSION, tryParseScenarioWith, type ProcedureRegistry } from './scenario';
import type { Run } from './types';

/** Share links stay well under common URL limits. */
export const MAX_ENCODED_RUN = 60_000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const binary = atob(b64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * A run as a URL-safe string: base64url of `{ procedure, input, events }` JSON.
 * @example location.hash = `run=${encodeRun(run)}`
 */
export function encodeRun(run: Run): string {
  return toBase64Url(JSON.stringify({ procedure: run.procedure, input: run.input, events: run.events }));
}

const runShape = z.strictObject({ procedure: z.enum(PROCEDURE_IDS), input: z.unknown(), events: z.array(z.looseObject({ type: z.string() })) });

/**
 * Reads a shared run back, checking the input and every event against the procedure's schemas
 * (the same checks as a scenario file, with paths like `events.2.days`).
 */
export function decodeRunWith(registry: ProcedureRegistry, s: string): ParseResult<Run> {
  if (s.length > MAX_ENCODED_RUN) return { ok: false, problems: [{ path: '(root)', message: `a shared run is at most ${MAX_ENCODED_RUN} characters` }] };
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return { ok: false, problems: [{ path: '(root)', message: 'not base64url text' }] };
  let text: string;
  try {
    text = fromBase64Url(s);
  } catch {
    return { ok: false, problems: [{ path: '(root)', message: 'not base64url of UTF-8 text' }] };
  }
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  const shape = runShape.safeParse(json.value);
  if (!shape.success) {
    return { ok: false, problems: shape.error.issues.map((i) => ({ path: i.path.length ? i.path.map(String).join('.') : '(root)', message: i.message })) };
  }
  // Read as a scenario without a title, so both formats share one validation.
  const r = tryParseScenarioWith(registry, {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    procedure: shape.data.procedure,
    title: { kk: '-', ru: '-', en: '-' },
    input: shape.data.input,
    steps: shape.data.events.map((event) => ({ event })),
  });
  if (!r.ok) return { ok: false, problems: r.problems.map((p) => ({ ...p, path: p.path.replace(/^steps\.(\d+)\.event/, 'events.$1') })) };
  return { ok: true, value: { procedure: r.value.procedure, input: r.value.input, events: r.value.steps.map((x) => x.event) } };
}
