import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../models/org/templates';
import { isAncestor } from '../../../models/org/queries';
import { inspectionDefinition } from '../../../models/procedures/inspection';
import { protestInputSchema } from '../../../models/procedures/protest';
import { replay } from '../../../models/procedures/core';
import { chartOf, isActiveState } from '../../../src/simulator/statechart/buildGraph';
import { deadlinesOf, eventCitation, higherProsecutors, linkedTitleIn, protestInputFrom, unitOfRole } from '../../../src/simulator/model';
import type { InspectionContext, InspectionEvent, InspectionInput } from '../../../models/procedures/inspection';

const doc = TEMPLATES[0]?.build() ?? { title: { kk: "", ru: "", en: "" }, units: {}, relations: [] };

describe('the simulator helpers', () => {
  it('finds higher prosecution offices above a district office, all of them its ancestors', () => {
    const district = unitOfRole(doc, 'districtProsecutor');
    expect(district).toBeDefined();
    const higher = higherProsecutors(doc, district!);
    expect(higher.length).toBeGreaterThanOrEqual(2);
    for (const id of higher) expect(isAncestor(doc, id, district!)).toBe(true);
    expect(higherProsecutors(doc, unitOfRole(doc, 'generalProsecutor')!)).toEqual([]);
  });

  it('opens a protest from an inspection decided with protest: same prosecutor, the decision date, a valid input', () => {
    const input: InspectionInput = { startDate: '2025-03-03', initiator: { role: 'regionalProsecutor', unitId: 'x' }, basis: 'decision', ground: 'minors', subject: { kind: 'stateBody' }, area: 'general' };
    const events: InspectionEvent[] = [
      { type: 'inspection.appoint', inspectors: ['A'] },
      { type: 'resolution.hand' },
      { type: 'inspection.start' },
      { type: 'inspection.register' },
      { type: 'time.advance', days: 10 },
      { type: 'inspection.complete' },
      { type: 'certificate.hand', signed: true },
      { type: 'inspection.decide', decision: 'protest' },
    ];
    const steps = replay(inspectionDefinition, input, events);
    expect(steps.every((s) => s.verdict.ok)).toBe(true);
    const ctx = steps.at(-1)!.snapshot.context as InspectionContext;
    const p = protestInputFrom(ctx, 'T');
    expect(protestInputSchema.safeParse(p).success).toBe(true);
    expect(p.startDate).toBe(ctx.decidedOn);
    expect(p.prosecutor).toEqual({ role: 'regionalProsecutor', unitId: 'x' });
    expect(p.linkedRun).toEqual({ procedure: 'inspection', title: 'T' });
    expect(deadlinesOf('inspection', ctx).map((d) => d.key)).toEqual(['registration', 'completion', 'certificate']);
  });

  it('builds the statechart from the machine: every top-level state, nested ones dotted, lit with their parents', () => {
    const chart = chartOf(inspectionDefinition.machine);
    const ids = chart.states.map((s) => s.id);
    for (const s of ['draft', 'awaitingConsent', 'consentRefused', 'appointed', 'inProgress', 'inProgress.suspended', 'completed', 'certificateHanded', 'decided']) expect(ids).toContain(s);
    expect(chart.edges.some((e) => e.source === 'appointed' && e.target === 'inProgress')).toBe(true);
    expect(isActiveState('inProgress', 'inProgress.suspended')).toBe(true);
    expect(isActiveState('inProgress.active', 'inProgress.suspended')).toBe(false);
  });
});

describe('citations and titles the timeline shows', () => {
  it('cites the Council Regulation for a council step and CL art. 30 for a collegium step', () => {
    const council = { body: { kind: 'coordinationCouncil' } };
    const collegium = { body: { kind: 'collegium' } };
    expect(eventCitation('vote.cast', 'council.coordination', council)).toBe('council.equality');
    expect(eventCitation('quorum.check', 'council.coordination', council)).toBe('council.quorum');
    expect(eventCitation('vote.close', 'council.coordination', council)).toBe('council.majority');
    for (const type of ['vote.cast', 'quorum.check', 'vote.close', 'session.close']) expect(eventCitation(type, 'council.coordination', collegium)).toBe('council.collegium');
    expect(eventCitation('inspection.extend', 'inspection.procedure')).toBe('inspection.term');
    expect(eventCitation('time.advance', 'inspection.procedure')).toBe('inspection.procedure');
  });

  it('shows a linked inspection title in the reader language, other titles as they are', () => {
    expect(linkedTitleIn('Тексеру / Проверка / Inspection', 'kk')).toBe('Тексеру');
    expect(linkedTitleIn('Тексеру / Проверка / Inspection', 'en')).toBe('Inspection');
    expect(linkedTitleIn('A / B', 'ru')).toBe('A / B');
  });
});
