/** Input fields every procedure accepts. */
import { z } from 'zod';
import type { LocalizedText } from '../../law/types';
import { PROSECUTOR_ROLES, ROLE_LABELS, prosecutorRoleSchema } from '../../org/roles';
import type { InputField } from './types';

/** The legal editions a run may follow (design.md, "Legal editions"); the manual's 2023 is the default. */
export const EDITION_IDS = ['2023', '2026'] as const;
export type EditionId = (typeof EDITION_IDS)[number];
export const DEFAULT_EDITION: EditionId = '2023';

/** `input.edition`: optional everywhere, read as '2023' when missing. */
export const editionSchema = z.enum(EDITION_IDS).optional();

/** The edition a run follows. */
export function editionOf(input: { edition?: EditionId | undefined }): EditionId {
  return input.edition ?? DEFAULT_EDITION;
}

/** The start date every input has. */
export const START_DATE_FIELD: InputField = { path: ['startDate'], kind: 'date', label: { kk: 'Басталу күні', ru: 'Дата начала', en: 'Start date' } };

export const EDITION_LABELS: Record<EditionId, LocalizedText> = {
  '2023': { kk: '2023 (оқулық бойынша)', ru: '2023 (по учебнику)', en: '2023 (as in the manual)' },
  '2026': { kk: '2026 (1 шілде 2026 жылдан)', ru: '2026 (с 1 июля 2026 г.)', en: '2026 (from 1 July 2026)' },
};

/** `input.edition`, offered by every procedure's form. */
export const EDITION_FIELD: InputField = {
  path: ['edition'],
  kind: 'enum',
  label: { kk: 'Заң редакциясы', ru: 'Редакция закона', en: 'Edition of the law' },
  options: EDITION_IDS,
  optionLabels: EDITION_LABELS,
  optional: true,
};

/** Labels of the two time events, the same in every procedure. */
export const TIME_EVENT_LABELS: Record<'time.advance' | 'time.advanceTo', LocalizedText> = {
  'time.advance': { kk: 'Уақытты алға жылжыту', ru: 'Передвинуть время', en: 'Advance time' },
  'time.advanceTo': { kk: 'Күнге дейін жылжыту', ru: 'Перейти к дате', en: 'Advance to a date' },
};

/**
 * The acting prosecutor as an input names him: a role (models/org keeps the list) and, optionally, the
 * unit of the diagram he stands for.
 */
export const actingProsecutorSchema = z.strictObject({ role: prosecutorRoleSchema, unitId: z.string().min(1).max(100).optional() });

/**
 * The form field of the acting prosecutor's role at `path`, with the roles' labels.
 * @example roleField(['prosecutor', 'role'], { kk: 'Прокурор', ru: 'Прокурор', en: 'Prosecutor' })
 */
export function roleField(path: string[], label: LocalizedText, optional = false): InputField {
  return { path, kind: 'enum', label, options: PROSECUTOR_ROLES, optionLabels: ROLE_LABELS, ...(optional ? { optional } : {}) };
}
