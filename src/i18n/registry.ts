import type { Translation } from './types.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';

/**
 * The translations in use and the reads every element needs (`LocalizeController`). The page
 * API that changes them (`registerTranslation`, `setFallbackLocale`) is in `index.ts`, so a
 * component entry does not carry it.
 */
export const translations = new Map<string, Translation>([
  ['fi', fi],
  ['sv', sv],
  ['en', en],
]);
export const listeners = new Set<() => void>();
/** The locale used when neither the element nor the page names one we have. */
export const fallback = { code: 'fi' };

export function fallbackTranslation(): Translation {
  return translations.get(fallback.code) ?? fi;
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

/** Called when translations change; returns an unsubscribe function. */
export function onTranslationsChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
