import type { Translation, TranslationOverride } from './types.js';
import { fallback, fallbackTranslation, listeners, translations } from './registry.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';

export type { Translation, TranslationOverride } from './types.js';
export { defineStrings, registerStrings, type StringGroup } from './strings.js';
export { resolveTranslation, onTranslationsChange } from './registry.js';
export { fi, sv, en };

function notify(): void {
  for (const l of listeners) l();
}

/**
 * Adds a locale, or replaces some strings of one (`{ $code: 'fi', loading: 'Hetki…' }`).
 * A new locale must be complete; an override of a known one may be partial.
 * Every connected Arki element re-renders.
 * @since 0.1.0
 */
export function registerTranslation(...items: Array<Translation | TranslationOverride>): void {
  for (const t of items) {
    const code = t.$code.toLowerCase();
    const base = translations.get(code);
    translations.set(code, { ...(base ?? fallbackTranslation()), ...t } as Translation);
  }
  notify();
}

/** The locale used when neither the element nor the page names one we have (default `fi`). @since 0.1.0 */
export function setFallbackLocale(code: string): void {
  fallback.code = code.toLowerCase();
  notify();
}

/** The code of the fallback locale. */
export function fallbackLocale(): string {
  return fallback.code;
}
