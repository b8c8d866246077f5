/**
 * Writes the built-in templates to public/templates/ as org files
 * (`npm run templates`). The unit test compares these files with the
 * builders, so run this after changing a template.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATES, templateFileName, templateFileText } from '../models/org/templates';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'templates');
mkdirSync(outDir, { recursive: true });
for (const template of TEMPLATES) {
  const doc = template.build();
  const file = join(outDir, templateFileName(template.id));
  writeFileSync(file, templateFileText(doc));
  console.log(`${file}: ${Object.keys(doc.units).length} units, ${doc.relations.length} relations`);
}
