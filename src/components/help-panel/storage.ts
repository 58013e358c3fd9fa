/**
 * `localStorage` that never throws: reading or writing fails in private modes, sandboxed frames
 * and when cookies are blocked (a SecurityError on access), or when the quota is full. Remembering
 * a panel's state is a convenience, so failures are silent.
 * @since 0.1.0
 */
export function readStored(key: string): string | null {
  if (!key) return null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  if (!key) return;
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // unavailable or full: the state is simply not remembered
  }
}
