/**
 * The scenario seeds the run exercises start from: the sample scenarios of public/scenarios, as data.
 * A new procedure joins the practice by adding its sample files here; the generators know no
 * procedure by name.
 */
import type { ScenarioFile } from '../procedures/core/scenario';
import { tryParseScenario } from '../procedures';
import s0 from '../../public/scenarios/council-casting-vote.json' with { type: 'json' };
import s1 from '../../public/scenarios/council-collegium-total-majority.json' with { type: 'json' };
import s2 from '../../public/scenarios/council-inquorate-adjourned.json' with { type: 'json' };
import s3 from '../../public/scenarios/council-quorum-lost.json' with { type: 'json' };
import s4 from '../../public/scenarios/council-republican-two-items.json' with { type: 'json' };
import s5 from '../../public/scenarios/council-tie.json' with { type: 'json' };
import s6 from '../../public/scenarios/inspection-business-consent.json' with { type: 'json' };
import s7 from '../../public/scenarios/inspection-consent-refused.json' with { type: 'json' };
import s8 from '../../public/scenarios/inspection-expired.json' with { type: 'json' };
import s9 from '../../public/scenarios/inspection-extended-suspended.json' with { type: 'json' };
import s10 from '../../public/scenarios/inspection-refused-entry.json' with { type: 'json' };
import s11 from '../../public/scenarios/inspection-routine.json' with { type: 'json' };
import s12 from '../../public/scenarios/inspection-urgent-detention.json' with { type: 'json' };
import s13 from '../../public/scenarios/protest-from-inspection-court.json' with { type: 'json' };
import s14 from '../../public/scenarios/protest-ignored-court.json' with { type: 'json' };
import s15 from '../../public/scenarios/protest-immune-act.json' with { type: 'json' };
import s16 from '../../public/scenarios/protest-satisfied.json' with { type: 'json' };
import s17 from '../../public/scenarios/protest-term-nauryz.json' with { type: 'json' };
import s18 from '../../public/scenarios/protest-withdrawn.json' with { type: 'json' };

const RAW: readonly unknown[] = [
  s0,
  s1,
  s2,
  s3,
  s4,
  s5,
  s6,
  s7,
  s8,
  s9,
  s10,
  s11,
  s12,
  s13,
  s14,
  s15,
  s16,
  s17,
  s18,
];

let parsed: ScenarioFile[] | undefined;

/** The seeds that parse against the registry (a procedure not built in this build is left out). */
export function scenarioSeeds(): ScenarioFile[] {
  parsed ??= RAW.flatMap((raw) => {
    const r = tryParseScenario(raw);
    return r.ok ? [r.value] : [];
  });
  return parsed;
}
