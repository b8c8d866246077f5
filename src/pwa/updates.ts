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
let fade: ReturnType<typeof setTimeout> | null = null;

/**
 * How long "works without a network" stays up. It is news, not a question:
 * it leaves on its own so it never lies over the buttons in the lower left
 * corner (the simulator's actions, the practice export) mid-lesson.
 */
export const OFFLINE_READY_MS = 6000;

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
    if (fade) clearTimeout(fade);
    fade = setTimeout(() => {
      fade = null;
      set({ offlineReady: false });
    }, OFFLINE_READY_MS);
  },
  dismiss() {
    if (fade) clearTimeout(fade);
    fade = null;
    set({ needRefresh: false, offlineReady: false });
  },
  /** Only ever called from the user's click: the waiting worker takes over and the page reloads. */
  async update() {
    if (apply) await apply();
  },
};
