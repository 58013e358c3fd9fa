/**
 * Dev warnings: one console warning per distinct message, naming the element.
 * Misuse (an unknown attribute value, a missing label) must be visible to the developer
 * without ever throwing from render, so warnings are deduplicated rather than silenced.
 * A page can turn them off with `configureArki({ warnings: false })` (`config.ts`).
 */
const seen = new Set<string>();

/**
 * True in the source, the development entries (`dist/development/`, the package's `development`
 * export condition) and the single-file bundle. The default entries are built with `false`
 * (rollup.config.mjs), so a production app ships no warning code or text from the base layer;
 * attribute checks and their safe fallbacks work the same in both.
 */
export const DEV_MODE: boolean = true;

/** Written by `configureArki`, which lives apart so component entries do not carry it. */
export const devConfig = { warnings: true };

/** Logs `[arki] <tag>: message` once per distinct tag + message. */
export function devWarn(el: Element | string, message: string): void {
  if (!DEV_MODE || !devConfig.warnings) return;
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
