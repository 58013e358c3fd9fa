/**
 * The typed shape of a translation. Every locale file must provide every key, so a missing
 * string is a type error, not a blank in the UI. Parametrised strings are functions.
 * Component keys are grouped by a prefix (`button*`, `field*`, ...) to keep the file scannable.
 * @since 0.1.0
 */
export interface Translation {
  /** BCP 47 code of this translation, e.g. `fi`. */
  $code: string;
  /** Name of the language in itself, e.g. `Suomi`. */
  $name: string;
  $dir: 'ltr' | 'rtl';

  // Shared by components that have no string group of their own (the button, the spinner, the
  // link). Strings only some components use live in those components' groups (src/i18n/<name>.ts),
  // so that a button does not carry them.
  loading: string;
  opensInNewTab: string;
}

/**
 * A partial translation a page can use to override strings of a locale, common ones or those
 * of a component group (by key name).
 */
export type TranslationOverride = Partial<Translation> & { $code: string } & Record<string, unknown>;
