import { DEFAULT_EDITION, type EditionId } from '../../law/editions';
import type { UnitKind } from '../types';
import { names } from './text';
import type { Finding, OrgRule } from './types';

/** The parliament of each edition: the kind that exists and the one that does not (models/law/editions, change `kurultai`). */
const FOREIGN_KIND: Record<EditionId, UnitKind> = { '2023': 'kurultai', '2026': 'senate' };

/**
 * A document follows one edition: from 1 July 2026 there is no Senate and a
 * Kurultai instead; in the manual's 2023 edition the reverse. Each unit of the
 * other edition's parliament is a finding that cites the edition.
 */
export const editionKinds: OrgRule = {
  code: 'editionKinds',
  title: { kk: 'Редакцияға сай органдар', ru: 'Органы по редакции', en: 'Bodies of the edition' },
  check(ctx) {
    const edition = ctx.doc.edition ?? DEFAULT_EDITION;
    const foreign = FOREIGN_KIND[edition];
    const out: Finding[] = [];
    for (const u of ctx.byKind.get(foreign) ?? []) {
      const n = names(u);
      out.push({
        code: foreign === 'senate' ? 'editionKinds.senateIn2026' : 'editionKinds.kurultaiIn2023',
        severity: 'error', units: [u.id], citation: 'constitution2026.kurultai', values: { edition, kind: u.kind },
        message: foreign === 'senate'
          ? {
              kk: `${n.kk}: құжат ${edition} жылғы редакция бойынша, онда Сенат жоқ (2026 жылғы 1 шілдеден Құрылтай)`,
              ru: `${n.ru}: документ в редакции ${edition} года, в ней Сената нет (с 1 июля 2026 года — Курултай)`,
              en: `${n.en}: the document follows the ${edition} edition, which has no Senate (the Kurultai from 1 July 2026)`,
            }
          : {
              kk: `${n.kk}: құжат ${edition} жылғы редакция бойынша (оқу құралы), онда Құрылтай жоқ (ол 2026 жылғы 1 шілдеден)`,
              ru: `${n.ru}: документ в редакции ${edition} года (пособие), в ней Курултая нет (он с 1 июля 2026 года)`,
              en: `${n.en}: the document follows the ${edition} edition (the manual), which has no Kurultai (it exists from 1 July 2026)`,
            },
      });
    }
    return out;
  },
};
