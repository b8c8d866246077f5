/**
 * The registry of procedures. A new procedure is a folder and one line here; the scenario CLI,
 * share links and the simulator read only this map.
 */
import type { ParseResult } from '../org/schema';
import { decodeRunWith, runScenarioWith, tryParseScenarioWith, type ProcedureRegistry, type ScenarioFile, type ScenarioRow } from './core';
import type { ProcedureDefinition, ProcedureId, Run } from './core/types';
import { actSuspensionDefinition } from './actSuspension';
import { appealDefinition } from './appeal';
import { complaintDefinition } from './complaint';
import { councilVoteDefinition } from './councilVote';
import { forcedBringingDefinition } from './forcedBringing';
import { inspectionDefinition } from './inspection';
import { protestDefinition } from './protest';
import { representationDefinition } from './representation';

type AnyDefinition = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const PROCEDURES = {
  inspection: inspectionDefinition,
  protest: protestDefinition,
  councilVote: councilVoteDefinition,
  representation: representationDefinition,
  appeal: appealDefinition,
  complaint: complaintDefinition,
  actSuspension: actSuspensionDefinition,
  forcedBringing: forcedBringingDefinition,
} satisfies ProcedureRegistry;

/** The registered procedures, in registry order. */
export const REGISTERED: readonly AnyDefinition[] = Object.values(PROCEDURES as ProcedureRegistry).filter((d): d is AnyDefinition => d !== undefined);

/** The procedure the simulator opens with. */
export const FIRST_PROCEDURE: AnyDefinition = PROCEDURES.inspection;

/** True when this build has the procedure (a scenario file may name one it does not). */
export function isRegistered(id: string): id is ProcedureId {
  return REGISTERED.some((d) => d.id === id);
}

/**
 * The definition of a registered procedure. Runs and scenario files are checked against the registry
 * when they are read, so asking for an unregistered id is a programming error.
 */
export function getProcedure(id: ProcedureId): AnyDefinition {
  const def = REGISTERED.find((d) => d.id === id);
  if (!def) throw new Error(`the procedure "${id}" is not registered in this build`);
  return def;
}

/** {@link tryParseScenarioWith} against the registry. */
export function tryParseScenario(input: unknown): ParseResult<ScenarioFile> {
  return tryParseScenarioWith(PROCEDURES, input);
}

/** {@link runScenarioWith} against the registry. */
export function runScenario(file: ScenarioFile): ScenarioRow[] {
  return runScenarioWith(PROCEDURES, file);
}

/** {@link decodeRunWith} against the registry. */
export function decodeRun(s: string): ParseResult<Run> {
  return decodeRunWith(PROCEDURES, s);
}

export { encodeRun } from './core';
