import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from './schema';

/**
 * A room code from random bytes (the caller brings them: crypto.getRandomValues in the browser).
 * 32 letters and digits, so each byte's low five bits pick one without bias.
 * @example roomCodeFrom(new Uint8Array([0, 1, 2, 3, 4, 5])) // 'ABCDEF'
 */
export function roomCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < ROOM_CODE_LENGTH) throw new Error(`a room code needs ${ROOM_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[bytes[i] & 31];
  return code;
}

/** Hex of random bytes: teacher keys and student secrets (16 bytes: 32 hex digits). */
export function hexFrom(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
