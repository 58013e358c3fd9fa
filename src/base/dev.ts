/**
 * Dev warnings: one console warning per distinct message, naming the element.
 * Misuse (an unknown attribute value, a missing label) must be visible to the developer
 * without ever throwing from render, so warnings are deduplicated rather than silenced.
 * A page can turn them off with `configureArki({ warnings: false })`.
 */
const seen = new Set<string>();
let enabled = true;

export interface ArkiConfig {
  /** Log dev warnings for misuse (default true). */
  warnings?: boolean;
}

/** Library-wide configuration; set once per page. @since 0.1.0 */
export function configureArki(config: ArkiConfig): void {
  if (config.warnings !== undefined) enabled = config.warnings;
}

/** Logs `[arki] <tag>: message` once per distinct tag + message. */
export function devWarn(el: Element | string, message: string): void {
  if (!enabled) return;
  const tag = typeof el === 'string' ? el : el.localName;
  const key = `${tag}\u0000${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[arki] <${tag}>: ${message}`);
}

/** For tests: forget which warnings were shown. */
export function resetDevWarnings(): void {
  seen.clear();
}
