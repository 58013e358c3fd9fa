import type { Translation, TranslationOverride } from './types.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';

export type { Translation, TranslationOverride } from './types.js';
export { defineStrings, registerStrings, type StringGroup } from './strings.js';
export { fi, sv, en };

const translations = new Map<string, Translation>([
  ['fi', fi],
  ['sv', sv],
  ['en', en],
]);
const listeners = new Set<() => void>();
let fallbackCode = 'fi';

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
  fallbackCode = code.toLowerCase();
  notify();
}

function fallbackTranslation(): Translation {
  return translations.get(fallbackCode) ?? fi;
}

/** `sv-FI` → sv; unknown → the fallback locale. */
export function resolveTranslation(lang: string | null | undefined): Translation {
  if (lang) {
    const code = lang.toLowerCase();
    const exact = translations.get(code) ?? translations.get(code.split('-')[0]!);
    if (exact) return exact;
  }
  return fallbackTranslation();
}

/** The code of the fallback locale. */
export function fallbackLocale(): string {
  return fallbackCode;
}

/** Called when translations change; returns an unsubscribe function. */
export function onTranslationsChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
