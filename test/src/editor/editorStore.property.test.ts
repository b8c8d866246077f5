import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrgEdit } from '../../../models/org/operations';
import { createEditorStore } from '../../../src/editor/store/editorStore';
import { checkInvariants, deepFreeze, editSeed, toEdit } from '../../helpers/orgEdits';
import { goodDoc } from '../../models/org/fixtures';

/** A user's session: edits (alone or in a paste-like group), undos and redos in any order. */
const action = fc.oneof(
  { weight: 6, arbitrary: fc.array(editSeed, { minLength: 1, maxLength: 3 }).map((seeds) => ({ kind: 'edit' as const, seeds })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

describe('the editor store under random sessions', () => {
  it('keeps the invariants after every step, and undoing everything returns the start document exactly', () => {
    const start = deepFreeze(goodDoc());
    const startJson = JSON.stringify(start);
    let steps = 0;
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 40 }), (actions) => {
        const store = createEditorStore(start);
        for (const a of actions) {
          const before = store.getState();
          if (a.kind === 'undo') store.undo();
          else if (a.kind === 'redo') store.redo();
          else {
            // Each edit of a group is resolved against the document as it will be when it applies.
            // Resolved against the document before the group: a group that cannot apply whole is refused whole.
            const edits: OrgEdit[] = a.seeds.map((s) => toEdit(before.doc, s));
            const r = store.transact(edits, 'group');
            if (r === null) {
              // All or nothing: a refused group leaves the document and its history alone, and says why.
              expect(store.getState().doc).toBe(before.doc);
              expect(store.getState().history).toBe(before.history);
              expect(store.getState().message?.text.en.length).toBeGreaterThan(0);
            }
          }
          checkInvariants(store.getState().doc);
          steps++;
        }
        // The tip of history: every undone step redone.
        while (store.redo()) checkInvariants(store.getState().doc);
        const tip = JSON.stringify(store.getState().doc);
        while (store.undo()) checkInvariants(store.getState().doc);
        expect(JSON.stringify(store.getState().doc)).toBe(startJson);
        expect(store.canUndo()).toBe(false);
        while (store.redo());
        expect(JSON.stringify(store.getState().doc)).toBe(tip);
      }),
      { seed: 7, numRuns: 700 },
    );
    expect(steps).toBeGreaterThan(3000);
  }, 120_000);

  it('keeps at least 200 steps of history', () => {
    const store = createEditorStore(goodDoc());
    const startJson = JSON.stringify(store.getState().doc);
    for (let i = 0; i < 250; i++) {
      expect(store.edit({ type: 'unit.setNotes', id: 'gpo', notes: `note ${i}` })).not.toBeNull();
    }
    let undone = 0;
    while (store.undo()) undone++;
    expect(undone).toBe(250);
    expect(JSON.stringify(store.getState().doc)).toBe(startJson);
  });

  it('selection, collapsing and focus never make an undo step', () => {
    const store = createEditorStore(goodDoc());
    store.select(['gpo']);
    store.toggleCollapsed('gpo');
    store.setFocus('gpo');
    store.tidy();
    expect(store.canUndo()).toBe(false);
  });
});
