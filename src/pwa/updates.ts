/**
 * What the service worker has told us: the app is cached for offline use, or
 * a new version is waiting. A plain store, so the prompt renders from it and
 * tests can drive it; src/pwa/register.ts feeds it.
 */
export interface UpdateState {
  /** A new version is installed and waits for the user's word. */
  needRefresh: boolean;
  /** The first install finished: everything is cached. */
  offlineReady: boolean;
}

let state: UpdateState = { needRefresh: false, offlineReady: false };
const listeners = new Set<() => void>();
let apply: (() => Promise<void>) | null = null;

function set(patch: Partial<UpdateState>) {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export const updates = {
  get: (): UpdateState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  needRefresh(applyUpdate: () => Promise<void>) {
    apply = applyUpdate;
    set({ needRefresh: true });
  },
  offlineReady() {
    set({ offlineReady: true });
  },
  dismiss() {
    set({ needRefresh: false, offlineReady: false });
  },
  /** Only ever called from the user's click: the waiting worker takes over and the page reloads. */
  async update() {
    if (apply) await apply();
  },
};
