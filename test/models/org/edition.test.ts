import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rosterFromOrg } from '../../../models/procedures/councilVote/roster';
import { quorumNeeded, TWO_THIRDS } from '../../../models/procedures/councilVote/tally';
import { validate } from '../../../models/org/rules';
import { tryParseOrgFile } from '../../../models/org/schema';
import { classroomTemplate, kazakhstan2026Template, kazakhstanTemplate, REGIONS, TEMPLATES } from '../../../models/org/templates';
import { REGIONAL_INVITED, REGIONAL_MEMBERS } from '../../../models/org/templates/agencies';
import type { OrgDocument } from '../../../models/org/types';

const national = kazakhstanTemplate();
const y2026 = kazakhstan2026Template();
const codes = (doc: OrgDocument) => validate(doc).map((f) => f.code);

describe('editions in documents', () => {
  it('a version-1 file without `edition` still opens, and is read as the 2023 edition', () => {
    const { edition, ...rest } = national;
    expect(edition).toBeUndefined();
    const r = tryParseOrgFile(JSON.stringify({ format: 'prokuratura.org', version: 1, document: rest }));
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.value.document.edition).toBeUndefined();
    expect(codes(r.value.document)).toEqual([]);
  });

  it('a file with an unknown edition is refused with its path', () => {
    const r = tryParseOrgFile(JSON.stringify({ format: 'prokuratura.org', version: 1, document: { ...national, edition: '2030' } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('document.edition');
  });

  it('a 2026 document with a Senate gets a finding that cites the edition', () => {
    const doc: OrgDocument = { ...national, edition: '2026' };
    const f = validate(doc).find((x) => x.code === 'editionKinds.senateIn2026');
    expect(f).toMatchObject({ severity: 'error', units: ['senate'], citation: 'constitution2026.kurultai', values: { edition: '2026', kind: 'senate' } });
    expect(f?.message.en).toContain('2026 edition');
    // The GP's appointment drawn with the Senate's consent is wrong in 2026 too.
    expect(codes(doc)).toContain('appointments.wrongConsent');
  });

  it('a Kurultai in a 2023 document is a finding; in a 2026 document it may consent', () => {
    const with2023: OrgDocument = { ...y2026, edition: '2023' };
    expect(codes(with2023)).toContain('editionKinds.kurultaiIn2023');
    expect(codes(y2026)).not.toContain('relationEndpoints.consent');
  });
});

describe('the 2026 template', () => {
  it('validates clean, has a Kurultai and no Senate', () => {
    expect(validate(y2026)).toEqual([]);
    expect(y2026.edition).toBe('2026');
    const kinds = Object.values(y2026.units).map((u) => u.kind);
    expect(kinds).toContain('kurultai');
    expect(kinds).not.toContain('senate');
  });

  it('draws the GP appointed by the President with the Kurultai\'s consent, marked unverified; no 5-year term; one appointment only', () => {
    const rel = y2026.relations.find((r) => r.kind === 'appointment' && r.to === 'gpo');
    expect(rel).toMatchObject({ from: 'president', consentOf: 'kurultai' });
    const notes = y2026.units.gpo?.notes ?? '';
    expect(notes).toMatch(/UNVERIFIED/);
    expect(notes).toMatch(/one appointment only/);
    expect(notes).toMatch(/No 5-year term/);
    expect(y2026.units.kurultai?.notes).toMatch(/UNVERIFIED/);
  });

  it('accepts the GP appointment without the Kurultai\'s consent as well (the consent is an open question)', () => {
    const doc: OrgDocument = { ...y2026, relations: y2026.relations.map((r) => (r.kind === 'appointment' && r.to === 'gpo' ? { ...r, consentOf: undefined } : r)) };
    expect(validate(doc)).toEqual([]);
  });

  it('is offered in the template list and published as public/templates/kazakhstan-2026.prokuratura.json', () => {
    expect(TEMPLATES.map((x) => x.id)).toContain('kazakhstan-2026');
    const text = readFileSync(join(import.meta.dirname, '../../../public/templates/kazakhstan-2026.prokuratura.json'), 'utf8');
    const r = tryParseOrgFile(text);
    expect(r.ok && r.value.document.edition).toBe('2026');
  });
});

describe('regional Coordination Councils (audit O23, §5 item 4)', () => {
  it('bring in the military and transport prosecutors as invited participants, not permanent members', () => {
    for (const r of REGIONS) {
      const roster = rosterFromOrg(national, `council-${r.slug}`);
      if (!roster.ok) throw new Error(roster.code);
      const { permanentMembers, invited = [] } = roster.body;
      expect(permanentMembers).toHaveLength(1 + REGIONAL_MEMBERS.length); // the chair and the agencies
      expect(permanentMembers.some((m) => m.startsWith('military-') || m.startsWith('transport-'))).toBe(false);
      expect(invited).toContain(`military-${r.military}`);
      expect(invited).toContain(`transport-${r.transport}`);
      expect(invited).toHaveLength(REGIONAL_INVITED.length + 2);
    }
  });

  it('so a regional quorum counts 8 permanent members: 6 needed, not 7 of 10', () => {
    const roster = rosterFromOrg(national, 'council-almaty-region');
    if (!roster.ok) throw new Error(roster.code);
    expect(roster.body.permanentMembers).toHaveLength(8);
    expect(quorumNeeded(roster.body.permanentMembers.length, TWO_THIRDS)).toBe(6);
  });

  it('the classroom template follows the same rule', () => {
    const roster = rosterFromOrg(classroomTemplate(), 'council-astana');
    if (!roster.ok) throw new Error(roster.code);
    expect(roster.body.invited).toEqual(expect.arrayContaining(['military-astana', 'transport-astana']));
    expect(roster.body.permanentMembers).not.toContain('military-astana');
  });

  it('the national template keeps 0 findings', () => {
    expect(validate(national)).toEqual([]);
  });
});

describe('what changed between the editions', () => {
  it('the 2026 template removes the Senate, adds the Kurultai and changes the GP\'s appointment, nothing else', async () => {
    const { diffDocuments } = await import('../../../models/org/editionDiff');
    expect(diffDocuments(national, y2026)).toEqual({
      removedUnits: ['senate'],
      addedUnits: ['kurultai'],
      removedRelations: [],
      addedRelations: [],
      changedRelations: ['appointment:president:gpo'],
    });
  });
});

describe('switching a document\'s edition', () => {
  it('setEdition is an edit; then the Senate becomes the Kurultai with parliamentEdits, and the national document validates clean in 2026', async () => {
    const { applyEdit } = await import('../../../models/org/operations');
    const { transact } = await import('../../../models/org/history');
    const { parliamentEdits } = await import('../../../models/org/parliament');
    const switched = applyEdit(national, { type: 'document.setEdition', edition: '2026' });
    if (!switched.ok) throw new Error(switched.code);
    expect(codes(switched.doc)).toContain('editionKinds.senateIn2026');
    const edits = parliamentEdits(switched.doc);
    expect(edits.map((e) => e.type)).toEqual(['unit.changeKind', 'unit.rename', 'unit.setHead', 'unit.setNotes']);
    const r = transact(switched.doc, edits, 'parliament');
    if (!r.ok) throw new Error(r.code);
    expect(r.doc.units.senate?.kind).toBe('kurultai');
    expect(validate(r.doc)).toEqual([]);
    expect(parliamentEdits(r.doc)).toEqual([]);
  });
  it('an unknown edition is refused and the document kept', async () => {
    const { applyEdit } = await import('../../../models/org/operations');
    const r = applyEdit(national, { type: 'document.setEdition', edition: '1995' as '2023' });
    expect(r).toMatchObject({ ok: false, code: 'invalidEdition' });
  });
});
