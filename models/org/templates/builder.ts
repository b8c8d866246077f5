/**
 * Small helpers for writing org templates as data: a localized-text helper
 * and a builder that files units by id, derives readable relation ids and
 * refuses dangling references, so a template cannot ship a broken graph.
 */
import type { EditionId } from '../../law/editions';
import type { LocalizedText } from '../../law/types';
import type { OrgDocument, Relation, RelationKind, Unit, UnitId } from '../types';

/** A text in the three languages, Kazakh first. */
export function t(kk: string, ru: string, en: string): LocalizedText {
  return { kk, ru, en };
}

/** Options of a relation besides its ends. */
export interface RelationOptions {
  consentOf?: UnitId;
  invited?: boolean;
}

/**
 * Collects units and relations in insertion order (so the published JSON is
 * stable) and checks references when the document is built.
 * @example
 * const b = new OrgBuilder(t('Мысал', 'Пример', 'Example'), 'classroom');
 * b.unit({ id: 'gpo', kind: 'generalOffice', name: t('Бас прокуратура', 'Генеральная прокуратура', "General Prosecutor's Office") });
 * const doc = b.build();
 */
export class OrgBuilder {
  private readonly units: Record<UnitId, Unit> = {};
  private readonly relations: Relation[] = [];
  private readonly relationIds = new Set<string>();

  constructor(
    private readonly title: LocalizedText,
    private readonly template: string,
    private readonly edition?: EditionId,
  ) {}

  /** Adds a unit; a second unit with the same id is a template bug. */
  unit(unit: Unit): UnitId {
    if (Object.prototype.hasOwnProperty.call(this.units, unit.id)) throw new Error(`template: duplicate unit id "${unit.id}"`);
    this.units[unit.id] = unit;
    return unit.id;
  }

  has(id: UnitId): boolean {
    return Object.prototype.hasOwnProperty.call(this.units, id);
  }

  /**
   * Adds a relation with the id `<kind>:<from>:<to>` (unit ids never contain
   * ":", so relation ids never collide with unit ids).
   */
  relate(kind: RelationKind, from: UnitId, to: UnitId, options: RelationOptions = {}): void {
    const id = `${kind}:${from}:${to}`;
    if (this.relationIds.has(id)) throw new Error(`template: duplicate relation "${id}"`);
    this.relationIds.add(id);
    const relation: Relation = { id, kind, from, to };
    if (options.consentOf !== undefined) relation.consentOf = options.consentOf;
    if (options.invited) relation.invited = true;
    this.relations.push(relation);
  }

  /** Returns the document; throws if a parent, relation end or consenting unit is missing. */
  build(): OrgDocument {
    const missing = (id: UnitId | undefined) => id !== undefined && !this.has(id);
    for (const u of Object.values(this.units)) {
      if (missing(u.parentId)) throw new Error(`template: "${u.id}" sits under a missing unit "${u.parentId ?? ''}"`);
    }
    for (const r of this.relations) {
      if (missing(r.from) || missing(r.to) || missing(r.consentOf)) throw new Error(`template: relation "${r.id}" refers to a missing unit`);
    }
    const doc: OrgDocument = { title: this.title, units: this.units, relations: this.relations, template: this.template };
    if (this.edition) doc.edition = this.edition;
    return doc;
  }
}
