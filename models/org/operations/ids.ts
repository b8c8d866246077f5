/**
 * Makes a fresh id from a base, given a test for ids already taken. Injected
 * into operations so that tests and templates get deterministic ids.
 */
export type IdGenerator = (base: string, isTaken: (id: string) => boolean) => string;

/** Keeps only id characters and a sane length, so that the result passes `idSchema`. */
export function sanitizeIdBase(base: string): string {
  let s = base.replace(/[^A-Za-z0-9_.:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  if (!s) s = 'unit';
  return s.slice(0, 80);
}

/**
 * The default generator: `base` if free, else `base-2`, `base-3`, …
 * Deterministic: the same document and base give the same id.
 * @example sequentialIds('oblast', (id) => id === 'oblast') // 'oblast-2'
 */
export const sequentialIds: IdGenerator = (base, isTaken) => {
  const b = sanitizeIdBase(base);
  if (!isTaken(b)) return b;
  for (let n = 2; ; n++) {
    const id = `${b}-${n}`;
    if (!isTaken(id)) return id;
  }
};
