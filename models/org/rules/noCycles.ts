import { names } from './text';
import type { Finding, OrgRule } from './types';
import type { UnitId } from '../types';

/** The subordination chain never loops back (CL art. 5.2: lower answer to higher). */
export const noCycles: OrgRule = {
  code: 'noCycles',
  title: { kk: 'Бағыну тізбегі тұйықталмайды', ru: 'Цепочка подчинения без циклов', en: 'No loops in subordination' },
  check(ctx) {
    // 0 = unseen, 1 = on the current walk, 2 = done.
    const state = new Map<UnitId, number>();
    const out: Finding[] = [];
    for (const start of ctx.units) {
      if (state.get(start.id)) continue;
      const walk: UnitId[] = [];
      let id: UnitId | undefined = start.id;
      while (id !== undefined && !state.get(id)) {
        state.set(id, 1);
        walk.push(id);
        id = ctx.get(id)?.parentId;
        if (id !== undefined && !ctx.get(id)) id = undefined;
      }
      if (id !== undefined && state.get(id) === 1) {
        const cycle = walk.slice(walk.indexOf(id));
        const first = ctx.get(cycle[0]);
        const n = names(first);
        out.push({
          code: 'noCycles.cycle', severity: 'error', units: cycle, citation: 'common.subordination', values: { length: cycle.length },
          message: {
            kk: `${n.kk} өзіне-өзі бағынып тұр: ${cycle.length} бөлімшеден тұратын тұйық тізбек`,
            ru: `${n.ru} подчиняется сама себе: замкнутая цепочка из ${cycle.length} подразделений`,
            en: `${n.en} ends up answering to itself: a loop of ${cycle.length} units`,
          },
        });
      }
      for (const w of walk) state.set(w, 2);
    }
    return out;
  },
};
