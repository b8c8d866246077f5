import { describe, expect, it } from 'vitest';
import { REGISTERED } from '../../../models/procedures';
import { replay } from '../../../models/procedures/core';
import { councilVoteDefinition } from '../../../models/procedures/councilVote';
import { inspectionDefinition, type InspectionContext, type InspectionEvent, type InspectionInput } from '../../../models/procedures/inspection';
import { protestDefinition, protestInputSchema, type ProtestInput } from '../../../models/procedures/protest';
import { actingProsecutorOf, linkedTitleIn, openingsFrom } from '../../../src/simulator/model';
import { chartOf, isActiveState } from '../../../src/simulator/statechart/buildGraph';

const decidedWith = (decision: 'protest' | 'representation') => {
  const input: InspectionInput = { startDate: '2025-03-03', initiator: { role: 'regionalProsecutor', unitId: 'x' }, basis: 'decision', ground: 'minors', subject: { kind: 'stateBody' }, area: 'general' };
  const events: InspectionEvent[] = [
    { type: 'inspection.appoint', inspectors: ['A'] },
    { type: 'resolution.hand' },
    { type: 'inspection.register' },
    { type: 'inspection.start' },
    { type: 'time.advance', days: 10 },
    { type: 'inspection.complete' },
    { type: 'certificate.hand', signed: true },
    { type: 'inspection.decide', decision },
  ];
  const steps = replay(inspectionDefinition, input, events);
  expect(steps.every((s) => s.verdict.ok)).toBe(true);
  return steps.at(-1)!.snapshot.context as InspectionContext;
};

describe('the simulator helpers, read through the definitions', () => {
  it('opens a protest from an inspection decided with protest: same prosecutor, the decision date, a valid input', () => {
    const ctx = decidedWith('protest');
    const openings = openingsFrom(REGISTERED, 'inspection', ctx);
    expect(openings.map((o) => o.childId)).toContain('protest');
    const opening = openings.find((o) => o.childId === 'protest')!.opening;
    const p = opening.input(ctx, 'T') as ProtestInput;
    expect(protestInputSchema.safeParse(p).success).toBe(true);
    expect(p.startDate).toBe(ctx.decidedOn);
    expect(p.prosecutor).toEqual({ role: 'regionalProsecutor', unitId: 'x' });
    expect(p.linkedRun).toEqual({ procedure: 'inspection', title: 'T' });
    expect(inspectionDefinition.deadlines(ctx).map((d) => d.key)).toEqual(['registration', 'completion', 'certificate']);
    expect(openingsFrom(REGISTERED, 'inspection', decidedWith('representation')).map((o) => o.childId)).not.toContain('protest');
  });

  it('an organisation inspected for minors opens a protest whose act concerns minors, so it may be brought', () => {
    const ctx = { ...decidedWith('protest') };
    const org = { ...ctx, input: { ...ctx.input, subject: { kind: 'organisation' as const } } };
    const p = protestDefinition.openedFrom[0].input(org, 'T') as ProtestInput;
    expect(p.act).toEqual({ issuer: 'organisation', type: 'individual', affects: ['minors'] });
    expect(replay(protestDefinition, p, [{ type: 'protest.bring' }])[0].verdict.ok).toBe(true);
  });

  it('reads the acting prosecutor where the definition says it is, and none for a council', () => {
    expect(actingProsecutorOf(inspectionDefinition, { initiator: { role: 'districtProsecutor', unitId: 'd' } })).toEqual({ role: 'districtProsecutor', unitId: 'd' });
    expect(actingProsecutorOf(protestDefinition, { prosecutor: { role: 'regionalProsecutor' } })).toEqual({ role: 'regionalProsecutor' });
    expect(actingProsecutorOf(councilVoteDefinition, { startDate: '2025-03-03' })).toBeNull();
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
    const cite = (type: string, ctx: unknown) => councilVoteDefinition.eventCitation(type, ctx);
    expect(cite('vote.cast', council)).toBe('council.equality');
    expect(cite('quorum.check', council)).toBe('council.quorum');
    expect(cite('vote.close', council)).toBe('council.majority');
    for (const type of ['vote.cast', 'quorum.check', 'vote.close', 'session.close']) expect(cite(type, collegium)).toBe('council.collegium');
    expect(inspectionDefinition.eventCitation('inspection.extend', {})).toBe('inspection.term');
  });

  it('time events cite nothing in any procedure, never a procedure\'s article', () => {
    for (const def of REGISTERED) {
      expect(def.eventCitation('time.advance', {})).toBeNull();
      expect(def.eventCitation('time.advanceTo', {})).toBeNull();
    }
  });

  it('shows a linked inspection title in the reader language, other titles as they are', () => {
    expect(linkedTitleIn('Тексеру / Проверка / Inspection', 'kk')).toBe('Тексеру');
    expect(linkedTitleIn('Тексеру / Проверка / Inspection', 'en')).toBe('Inspection');
    expect(linkedTitleIn('A / B', 'ru')).toBe('A / B');
  });
});
