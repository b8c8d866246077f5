/**
 * The parliament of each edition (models/law/editions, change `kurultai`):
 * the Senate in the manual's 2023 edition, the Kurultai from 1 July 2026.
 * The templates draw it; `parliamentEdits` turns one into the other when a
 * document switches edition.
 */
import { DEFAULT_EDITION, type EditionId } from '../law/editions';
import type { LocalizedText } from '../law/types';
import type { OrgEdit } from './operations/edits';
import type { OrgDocument, UnitKind } from './types';

export interface ParliamentInfo {
  kind: Extract<UnitKind, 'senate' | 'kurultai'>;
  name: LocalizedText;
  head: LocalizedText;
  notes: string;
}

export const PARLIAMENT: Readonly<Record<EditionId, ParliamentInfo>> = {
  '2023': {
    kind: 'senate',
    name: { kk: 'Қазақстан Республикасы Парламентінің Сенаты', ru: 'Сенат Парламента Республики Казахстан', en: 'Senate of the Parliament of the Republic of Kazakhstan' },
    head: { kk: 'Сенат Төрағасы', ru: 'Председатель Сената', en: 'Chairman of the Senate' },
    notes: 'Law as of 2023 (per the manual): the GP is appointed with the consent of the Senate.',
  },
  '2026': {
    kind: 'kurultai',
    name: { kk: 'Қазақстан Республикасының Құрылтайы', ru: 'Курултай Республики Казахстан', en: 'Kurultai of the Republic of Kazakhstan' },
    head: { kk: 'Құрылтай Төрағасы', ru: 'Председатель Курултая', en: 'Chairman of the Kurultai' },
    notes: 'Edition 2026: the single-chamber parliament from 1 July 2026 (confirmed), replacing the Senate and the Mazhilis. Whether it consents to the GP\'s appointment is UNVERIFIED (an open question): the official list of posts needing its consent omitted the GP.',
  },
};

/**
 * The edits that make a document's parliament the one of its edition: each
 * Senate of a 2026 document becomes the Kurultai (and back for 2023), keeping
 * its id, so the GP's appointment keeps its consent. Empty when nothing is off.
 * @example
 * store.transact(parliamentEdits(doc), 'parliament of the edition')
 */
export function parliamentEdits(doc: OrgDocument): OrgEdit[] {
  const edition = doc.edition ?? DEFAULT_EDITION;
  const want = PARLIAMENT[edition];
  const other = PARLIAMENT[edition === '2026' ? '2023' : '2026'];
  return Object.values(doc.units)
    .filter((u) => u.kind === other.kind)
    .flatMap((u): OrgEdit[] => [
      { type: 'unit.changeKind', id: u.id, kind: want.kind },
      { type: 'unit.rename', id: u.id, name: want.name },
      { type: 'unit.setHead', id: u.id, head: want.head },
      { type: 'unit.setNotes', id: u.id, notes: want.notes },
    ]);
}
