/** A text in the three languages of the app. Kazakh first: it is the default. */
export interface LocalizedText {
  kk: string;
  ru: string;
  en: string;
}

export type Lang = keyof LocalizedText;
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** The legal acts the product cites. */
export type LegalAct =
  | 'constitution' // Constitution of the Republic of Kazakhstan
  | 'cl' // Constitutional Law "On the Prosecutor's Office" No. 155-VII of 5 Nov 2022 (ҚРКЗ)
  | 'rules' // GP's Rules on inspections, analysis and assessment, order No. 32 of 17 Jan 2023, annex 1
  | 'cpc' // Criminal Procedure Code
  | 'councilRegulation' // Regulation on the Coordination Councils
  | 'labourCode' // Labour Code (working days, holidays)
  | 'holidaysLaw' // Law "On holidays in the Republic of Kazakhstan"
  | 'governmentDecree'; // Government decrees transferring days off

interface CitationBase {
  act: LegalAct;
  /** null: no number in the manual and none checked against the act; shown as "article unknown". */
  article: string | null;
  label: LocalizedText;
  /** First and last line of the seed that say it (required for `manual`). */
  seedLines?: readonly [number, number];
  /** The Kazakh key term that stands in those seed lines (required for `manual`; a test looks for it). */
  term?: string;
}

/**
 * One citation: the act, the article (and item) and a short label of what the
 * provision says, in three languages. `article` is machine-friendly:
 * "18.4" means article 18, item (point) 4.
 *
 * `source` says where the statement comes from (design.md, "Citations carry
 * their provenance"): `law` checked against the act's text; `manual` as the
 * manual states it (`seedLines`, `term`); `reading` our interpretation (`why`).
 */
export type Citation =
  | (CitationBase & { source: 'law' })
  | (CitationBase & { source: 'manual'; seedLines: readonly [number, number]; term: string })
  | (CitationBase & { source: 'reading'; why: LocalizedText });

export type CitationSource = Citation['source'];
