/** Most characters of one quoted piece of client input an error message repeats. */
export const MAX_ECHOED_CHARS = 200;
/** Most characters of an error message as a whole. */
export const MAX_ERROR_MESSAGE_CHARS = 600;

/** A double-quoted piece of a message, escapes included (linear: no nested quantifiers). */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

/**
 * `message` with client input it echoes bounded: every double-quoted piece longer than
 * {@link MAX_ECHOED_CHARS} keeps its first characters and says how many were left out, and a
 * message still longer than {@link MAX_ERROR_MESSAGE_CHARS} is cut the same way. A 500 KB bad
 * cursor comes back as a few hundred characters, not 500 KB.
 */
export function boundErrorMessage(message: string): string {
  if (message.length <= MAX_ECHOED_CHARS) return message;
  const quoted = message.replace(QUOTED, (piece) =>
    piece.length - 2 <= MAX_ECHOED_CHARS
      ? piece
      : `${piece.slice(0, MAX_ECHOED_CHARS + 1)}…" (${piece.length - 2 - MAX_ECHOED_CHARS} more characters)`,
  );
  if (quoted.length <= MAX_ERROR_MESSAGE_CHARS) return quoted;
  return `${quoted.slice(0, MAX_ERROR_MESSAGE_CHARS)}… (${quoted.length - MAX_ERROR_MESSAGE_CHARS} more characters)`;
}
