/**
 * `#lesson=<id>&stop=<n>` opens a lesson at a stop (n from 1); `#presenter=<id>&stop=<n>` opens the
 * presenter window of that lesson. Works offline: the built-in lessons ship with the app.
 */
export interface LessonLink {
  id: string;
  /** 0-based. */
  stop: number;
  presenter: boolean;
}

export function parseLessonHash(hash: string): LessonLink | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new URLSearchParams(h);
  const presenter = params.has('presenter');
  const id = params.get('lesson') ?? params.get('presenter');
  if (!id || !/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/.test(id)) return null;
  const n = Number.parseInt(params.get('stop') ?? '1', 10);
  return { id, stop: Number.isFinite(n) && n >= 1 ? n - 1 : 0, presenter };
}

export function lessonHash(id: string, stop: number, presenter = false): string {
  return `#${presenter ? 'presenter' : 'lesson'}=${encodeURIComponent(id)}&stop=${stop + 1}`;
}

export function isLessonHash(hash: string): boolean {
  return hash.startsWith('#lesson=') || hash.startsWith('#presenter=');
}
