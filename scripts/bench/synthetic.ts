import type { OrgDocument, Unit } from '../../models/org/types';

/**
 * A valid synthetic org of about `size` units: the GPO, oblast-level offices
 * of ~24 district offices each, and a council per oblast — the shape of the
 * real system, scaled. Deterministic: the same size gives the same document.
 */
export function syntheticOrg(size: number): OrgDocument {
  const units: Record<string, Unit> = {};
  const relations: OrgDocument['relations'] = [];
  const name = (s: string) => ({ kk: s, ru: s, en: s });
  units.president = { id: 'president', kind: 'president', name: name('President') };
  units.senate = { id: 'senate', kind: 'senate', name: name('Senate') };
  units.gpo = { id: 'gpo', kind: 'generalOffice', name: name('General Prosecutor\'s Office') };
  relations.push({ id: 'a-gpo', kind: 'appointment', from: 'president', to: 'gpo', consentOf: 'senate' });
  let count = 3;
  let o = 0;
  while (count < size) {
    const oid = `oblast-${o}`;
    units[oid] = { id: oid, kind: 'oblast', oblastType: 'oblast', name: name(`Oblast office ${o}`), parentId: 'gpo' };
    relations.push({ id: `a-${oid}`, kind: 'appointment', from: 'gpo', to: oid, consentOf: 'president' });
    count++;
    for (let d = 0; d < 24 && count < size; d++) {
      const did = `district-${o}-${d}`;
      units[did] = { id: did, kind: 'district', districtType: 'district', name: name(`District office ${o}.${d}`), parentId: oid };
      relations.push({ id: `a-${did}`, kind: 'appointment', from: 'gpo', to: did });
      count++;
    }
    o++;
  }
  return { title: name(`Synthetic org of ${size} units`), units, relations };
}
