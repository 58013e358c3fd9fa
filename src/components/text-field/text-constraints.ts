/**
 * The text field's constraint checks, done in script rather than by the inner native input:
 * the same in every engine, right for a value set by a framework before the input renders,
 * and free of the native input's habits that lose what the user typed (`maxlength` cutting a
 * paste short, `type="number"` reporting "" for "1,5"). Pure functions; regexes compiled once.
 */
import { devWarn } from '../../base/dev.js';

/** The library-wide sizes, for every text-like control. */
export const fieldSizes = ['s', 'm', 'l'] as const;
export type FieldSize = (typeof fieldSizes)[number];

/** Characters as a person counts them (code points), not UTF-16 units: "😀" is one. */
export function charCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++; // a high surrogate starts a pair counted at its low half
  }
  return n;
}

// The HTML "valid e-mail address", with letters of any script (ääkkönen.fi) and a dot required in the domain.
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const EMAIL = new RegExp(`^[\\p{L}\\p{N}.!#$%&'*+/=?^_\`{|}~-]+@${LABEL}(?:\\.${LABEL})+$`, 'u');

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

const SCHEME = /^(?:[a-z][a-z\d+.-]*:\/\/|mailto:|tel:)/i;
const WHITESPACE = /\s/;

/**
 * A web address, or null. "www.esimerkki.fi" is accepted as people write it and normalised to
 * "https://www.esimerkki.fi"; an address with a scheme must parse as a URL.
 */
export function normalizeUrl(value: string): string | null {
  const v = value.trim();
  if (WHITESPACE.test(v)) return null;
  const hasScheme = SCHEME.test(v);
  const candidate = hasScheme ? v : `https://${v}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!hasScheme && !url.hostname.includes('.')) return null;
  return candidate;
}

const SPACES = /[\s\u202f]/g;
const MINUS = /[\u2212\u2013]/g;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/** "1 234,5", "1234.5", "−3" → a number; NaN when it is not one. Finnish decimal comma welcome. */
export function parseNumber(value: string): number {
  const v = value.replace(SPACES, '').replace(MINUS, '-').replace(',', '.');
  return NUMBER.test(v) ? Number(v) : NaN;
}

/** A finite number attribute, or undefined when absent or unparsable. */
export function numberAttr(value: string | undefined | null): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const n = parseNumber(value);
  return Number.isFinite(n) ? n : undefined;
}

const decimals = (n: number): number => {
  const s = String(n);
  const e = s.indexOf('e-');
  if (e >= 0) return Number(s.slice(e + 2));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};

/**
 * The step check of a native number input (base `min`, else 0). Returns null when `n` is on a
 * step, else the nearest allowed values below and above.
 */
export function stepMismatch(n: number, step: number, base: number): { below: number; above: number } | null {
  const k = (n - base) / step;
  if (Math.abs(k - Math.round(k)) < 1e-9) return null;
  const places = Math.min(20, Math.max(decimals(step), decimals(base)));
  const round = (x: number) => Number(x.toFixed(places));
  const below = round(base + Math.floor(k) * step);
  return { below, above: round(below + step) };
}

const patterns = new Map<string, RegExp | null>();

/**
 * The compiled `pattern` (anchored, `v` flag as browsers use, `u` where `v` is missing), or
 * null for an invalid one, which is warned about once and ignored, as browsers do.
 */
export function compilePattern(pattern: string, tag: string): RegExp | null {
  let re = patterns.get(pattern);
  if (re !== undefined) return re;
  re = null;
  for (const flags of ['v', 'u']) {
    try {
      re = new RegExp(`^(?:${pattern})$`, flags);
      break;
    } catch {
      // try the next flag set
    }
  }
  if (!re) devWarn(tag, `ignored pattern="${pattern}": it is not a valid regular expression.`);
  patterns.set(pattern, re);
  return re;
}
