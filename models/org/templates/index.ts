/**
 * The built-in org templates. Each is built from data by small helpers and
 * also published as a file in `public/templates/<id>.prokuratura.json`
 * (`npm run templates`).
 */
import type { LocalizedText } from '../../law/types';
import { toOrgFile } from '../schema';
import type { OrgDocument } from '../types';
import { classroomTemplate } from './classroom';
import { kazakhstan2026Template, kazakhstanTemplate } from './kazakhstan';

export type TemplateId = 'kazakhstan' | 'kazakhstan-2026' | 'classroom';

export interface TemplateEntry {
  id: TemplateId;
  title: LocalizedText;
  build: () => OrgDocument;
}

/**
 * @example
 * const doc = TEMPLATES.find((x) => x.id === 'classroom')?.build();
 */
export const TEMPLATES: readonly TemplateEntry[] = [
  {
    id: 'kazakhstan',
    title: { kk: 'Қазақстанның прокуратура жүйесі (толық)', ru: 'Система прокуратуры Казахстана (полная)', en: 'The prosecution system of Kazakhstan (full)' },
    build: kazakhstanTemplate,
  },
  {
    id: 'kazakhstan-2026',
    title: { kk: 'Қазақстанның прокуратура жүйесі, 2026 жылғы редакция (Құрылтай)', ru: 'Система прокуратуры Казахстана, редакция 2026 года (Курултай)', en: 'The prosecution system of Kazakhstan, 2026 edition (Kurultai)' },
    build: kazakhstan2026Template,
  },
  {
    id: 'classroom',
    title: { kk: 'Алғашқы сабаққа арналған ықшам жүйе', ru: 'Компактная система для первого урока', en: 'A compact system for a first lesson' },
    build: classroomTemplate,
  },
];

/** The file name a template is published under in `public/templates/`. */
export function templateFileName(id: TemplateId): string {
  return `${id}.prokuratura.json`;
}

/** The published file's text: pretty-printed JSON with a final newline. */
export function templateFileText(document: OrgDocument): string {
  return `${JSON.stringify(toOrgFile(document), null, 2)}\n`;
}

export { classroomTemplate } from './classroom';
export { kazakhstan2026Template, kazakhstanTemplate } from './kazakhstan';
export { REGIONS } from './regions';
