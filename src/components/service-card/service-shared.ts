/**
 * Helpers shared by the service components (opening hours, channels, service card, contact
 * card, service list): locale mapping, localised text with a `lang` when it fell back to
 * another language, language names, heading tags and reporting of parser warnings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { literal, type StaticValue } from 'lit/static-html.js';
import { isArkiLocale, resolveText, type ArkiLocale, type LocalizedText, type ParseResult } from '../../data/index.js';

/** The data layer's locale for a translation code: fi, sv or en; any other language reads fi. */
export function dataLocale(code: string): ArkiLocale {
  const base = code.toLowerCase().split('-')[0] ?? '';
  return isArkiLocale(base) ? base : 'fi';
}

/**
 * Localised text for `locale`. When the text had to fall back to another language it is
 * wrapped in a `lang` span (WCAG 3.1.2 Language of Parts), so it is read and hyphenated right.
 */
export function text(value: LocalizedText | undefined, locale: ArkiLocale): TemplateResult | string | typeof nothing {
  const resolved = resolveText(value, locale);
  if (!resolved.text) return nothing;
  return resolved.lang && resolved.lang !== locale ? html`<span lang=${resolved.lang}>${resolved.text}</span>` : resolved.text;
}

const languageNames = new Map<string, Intl.DisplayNames | null>();

/** "suomi, ruotsi" / "finska, svenska" / "Finnish, Swedish" for ISO 639 codes, via Intl. */
export function languageList(codes: readonly string[], locale: ArkiLocale): string {
  let names = languageNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = null;
    }
    languageNames.set(locale, names);
  }
  const list = codes.map((c) => {
    try {
      const name = names?.of(c) ?? c;
      // Language names are lower-case in Finnish and Swedish; some ICU builds capitalise them.
      return locale === 'en' ? name : name.toLocaleLowerCase(locale);
    } catch {
      return c;
    }
  });
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(list);
  } catch {
    return list.join(', ');
  }
}

/** Static heading tags for a validated level (no `unsafeStatic`). */
export const headingTags: Record<number, StaticValue> = {
  2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6`,
};

/** A `heading-level` value, 2–6; anything else warns through `warn` and gives `fallback`. */
export function headingLevel(value: unknown, fallback: number, warn: (message: string) => void): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 2 && n <= 6) return n;
  warn(`unknown heading-level="${String(value)}"; using ${fallback}. Allowed: 2, 3, 4, 5, 6.`);
  return fallback;
}

/**
 * Runs a tolerant parser on a property value (an object, or a JSON string from an attribute)
 * and reports what it dropped or repaired as one dev warning. Never throws.
 */
export function parseData<T>(
  raw: unknown,
  name: string,
  parse: (input: unknown, path: string) => ParseResult<T>,
  warn: (message: string) => void,
): T | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  let input = raw;
  if (typeof raw === 'string') {
    try {
      input = JSON.parse(raw);
    } catch {
      warn(`the ${name} attribute is not valid JSON; nothing is shown from it.`);
      return undefined;
    }
  }
  const { value, warnings } = parse(input, name);
  if (warnings.length) warn(`${name} data has problems (${warnings.length}):\n- ${warnings.join('\n- ')}`);
  return value;
}

/** Lit converter for `now`: an ISO date-time attribute to a Date (Invalid Date stays invalid). */
export const dateConverter = {
  fromAttribute: (value: string | null): Date | undefined => (value ? new Date(value) : undefined),
  toAttribute: (value: Date | undefined): string | null => (value && !Number.isNaN(value.getTime()) ? value.toISOString() : null),
};
