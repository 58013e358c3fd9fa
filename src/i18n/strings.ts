import type { Translation } from './types.js';

/**
 * A group of component strings (forms, service, help, page...) in the three shipped locales.
 * Groups load only with the components that import them, so a button does not carry the
 * file upload's strings. Every shipped locale must be complete: a missing key is a type error.
 * Keys are unique across groups (prefix them with the component: `fileUploadAdd`), so a page
 * can override any string by name with `registerTranslation`.
 * @since 0.1.0
 */
export interface StringGroup<T extends object> {
  fi: T;
  sv: T;
  en: T;
  /** Locales a page added with `registerStrings`. */
  extra?: Record<string, Partial<T>>;
}

/** Declares a string group; the type parameter is the group's shape. */
export function defineStrings<T extends object>(group: StringGroup<T>): StringGroup<T> {
  return group;
}

/** Adds a locale to a group (e.g. Northern Sámi), falling back per key to the fallback locale. */
export function registerStrings<T extends object>(group: StringGroup<T>, code: string, strings: Partial<T>): void {
  group.extra = { ...group.extra, [code.toLowerCase()]: { ...group.extra?.[code.toLowerCase()], ...strings } };
}

/** Picks a group's strings for `code`, with the page's overrides (from the common translation) on top. */
export function pickStrings<T extends object>(group: StringGroup<T>, code: string, fallback: string, translation: Translation): T {
  const base = (group as unknown as Record<string, T | undefined>)[code] ?? (group as unknown as Record<string, T>)[fallback] ?? group.fi;
  const extra = group.extra?.[code];
  const out = { ...base, ...extra } as T & Record<string, unknown>;
  // A page override of a group key (registerTranslation({ $code: 'fi', fileUploadAdd: '…' })) wins.
  for (const key of Object.keys(out)) {
    if (Object.prototype.hasOwnProperty.call(translation, key)) (out as Record<string, unknown>)[key] = (translation as unknown as Record<string, unknown>)[key];
  }
  return out;
}
