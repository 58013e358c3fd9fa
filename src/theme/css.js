// @ts-check
/**
 * The one place that turns token values into CSS. Used by both output paths:
 * - the Style Dictionary build (scripts/build-tokens.mjs registers formats/transforms that call
 *   these functions), and
 * - buildTheme() / the arki-theme CLI, which must not need Style Dictionary at runtime.
 * Keeping a single formatter means a theme made with the CLI is byte-identical to a shipped one.
 *
 * How brand x mode selection works in the emitted CSS (see docs/theming.md):
 * a brand block (`[data-arki-brand="x"]`) only defines private per-mode values
 * (`--_arki-light-color-text`, `--_arki-dark-...`, `--_arki-contrast-...`). A mode element
 * (`[data-arki-mode="dark"]`, or :root following the media queries) only flips two inherited
 * switches (`--_arki-is-dark`, `--_arki-is-contrast`, each either empty = on or `initial` = off).
 * Every element that carries either attribute re-resolves the public `--arki-color-*` properties
 * from the nearest brand's values and the nearest mode's switches. Because both halves inherit
 * independently, brand and mode can be set on the same element or on any ancestor, in either
 * order, and nested brands resolve to the nearest one rather than to source order.
 */

/** @typedef {'light' | 'dark' | 'contrast'} Mode */
/** @typedef {{ name: string, value: string }} CssEntry name without leading dashes, e.g. "arki-color-text" */

export const PREFIX = 'arki';
/** The brand that also applies to :root when no data-arki-brand is set. */
export const DEFAULT_BRAND = 'arki';
/** @type {readonly Mode[]} */
export const MODES = Object.freeze(['light', 'dark', 'contrast']);

/** Fluid type: sizes interpolate between these viewport widths (rem). */
export const FLUID_VIEWPORT_REM = Object.freeze({ min: 20, max: 80 });

/** Group names in tokens/build/<brand>/*.json that are namespaces, not part of the CSS name. */
export const NAMESPACES = Object.freeze(['brand', ...MODES]);

/**
 * CSS custom property name (without `--`) for a DTCG path.
 * `["light","color","text-subtle"]` -> `arki-color-text-subtle`.
 * @param {readonly string[]} path
 * @param {string} [prefix]
 */
export function cssName(path, prefix = PREFIX) {
  const parts = NAMESPACES.includes(/** @type {string} */ (path[0])) ? path.slice(1) : path;
  return [prefix, ...parts].join('-').toLowerCase();
}

/**
 * Name used in generated CSS for a token path: public for core and brand-level tokens,
 * private per mode (`_arki-dark-color-text`) for mode tokens, so that no two tokens share a name.
 * @param {readonly string[]} path
 * @param {string} [prefix]
 */
export function emittedName(path, prefix = PREFIX) {
  const ns = /** @type {string} */ (path[0]);
  const name = cssName(path, prefix);
  return /** @type {readonly string[]} */ (MODES).includes(ns) ? privateName(/** @type {Mode} */ (ns), name) : name;
}

/** @param {string} name e.g. "arki-color-text" @param {Mode} mode */
export function privateName(mode, name) {
  return `_${PREFIX}-${mode}-${name.slice(PREFIX.length + 1)}`;
}

/** @param {number} n */
const num = (n) => String(Math.round(n * 10000) / 10000);

/**
 * `{ value: 1, unit: "rem" }` (DTCG 2025) or a legacy string like "1rem".
 * @param {unknown} v
 */
export function formatDimension(v) {
  if (typeof v === 'number') return v === 0 ? '0' : `${num(v)}px`;
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'value' in v && 'unit' in v) {
    const d = /** @type {{ value: number, unit: string }} */ (v);
    return d.value === 0 ? '0' : `${num(d.value)}${d.unit}`;
  }
  throw new TypeError(`Not a dimension: ${JSON.stringify(v)}`);
}

/** @param {unknown} v */
export const formatDuration = formatDimension;

/**
 * clamp() between a minimum size (at 20rem viewport) and maximum (at 80rem). The preferred
 * value mixes rem and vw so text still follows browser zoom and the user's font size (WCAG 1.4.4).
 * @param {unknown} min @param {unknown} max
 */
export function fluidClamp(min, max) {
  const lo = /** @type {{ value: number, unit: string }} */ (min);
  const hi = /** @type {{ value: number, unit: string }} */ (max);
  if (lo.unit !== 'rem' || hi.unit !== 'rem') throw new TypeError('Fluid sizes must be in rem');
  if (lo.value === hi.value) return `${num(lo.value)}rem`;
  const slope = (hi.value - lo.value) / (FLUID_VIEWPORT_REM.max - FLUID_VIEWPORT_REM.min);
  const intercept = lo.value - slope * FLUID_VIEWPORT_REM.min;
  return `clamp(${num(lo.value)}rem, ${num(intercept)}rem + ${num(slope * 100)}vw, ${num(hi.value)}rem)`;
}

const GENERIC_FAMILIES = new Set([
  'serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif',
  'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong', '-apple-system', 'blinkmacsystemfont',
  'inherit', 'initial',
]);

/**
 * Split a CSS font stack string into family names (quotes removed).
 * @param {string} stack
 * @returns {string[]}
 */
export function parseFontStack(stack) {
  /** @type {string[]} */
  const out = [];
  const re = /\s*(?:"([^"]*)"|'([^']*)'|([^,]+))\s*(?:,|$)/gy;
  let m;
  while (re.lastIndex < stack.length && (m = re.exec(stack))) {
    const name = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (name) out.push(name);
  }
  return out;
}

/**
 * Validate one family name: anything that could break out of the declaration is refused,
 * because the CLI writes these into CSS files.
 * @param {string} name
 */
export function assertFamilyName(name) {
  if (!name || /[";{}<>\\\n\r]/.test(name) || name.length > 80) {
    throw new TypeError(`Invalid font family name: ${JSON.stringify(name)}`);
  }
}

/** @param {unknown} v string stack or array of names */
export function formatFontFamily(v) {
  const names = Array.isArray(v) ? v.map(String) : parseFontStack(String(v));
  if (names.length === 0) throw new TypeError('Empty font family stack');
  return names
    .map((n) => {
      assertFamilyName(n);
      return GENERIC_FAMILIES.has(n.toLowerCase()) || /^[a-z][a-z0-9-]*$/i.test(n) ? n : `"${n}"`;
    })
    .join(', ');
}

/** @param {unknown} v */
function formatCubicBezier(v) {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.length === 4) return `cubic-bezier(${v.map((x) => num(Number(x))).join(', ')})`;
  throw new TypeError(`Not a cubicBezier: ${JSON.stringify(v)}`);
}

/** @param {unknown} v */
function formatShadow(v) {
  if (typeof v === 'string') return v;
  const layers = Array.isArray(v) ? v : [v];
  return layers
    .map((l) => {
      const s = /** @type {Record<string, unknown>} */ (l);
      const parts = [s.offsetX, s.offsetY, s.blur, s.spread].map((d) => (d === undefined ? '0' : formatDimension(d)));
      return `${s.inset ? 'inset ' : ''}${parts.join(' ')} ${String(s.color)}`;
    })
    .join(', ');
}

/**
 * Serialise one resolved DTCG value as CSS.
 * @param {string | undefined} type
 * @param {unknown} value
 * @param {Record<string, unknown>} [extensions]
 */
export function formatValue(type, value, extensions) {
  const fluid = extensions?.['fi.arki.fluid'];
  if (fluid && typeof fluid === 'object' && 'max' in fluid) return fluidClamp(value, fluid.max);
  switch (type) {
    case 'color':
      return String(value).toLowerCase();
    case 'dimension':
      return formatDimension(value);
    case 'duration':
      return formatDuration(value);
    case 'fontFamily':
      return formatFontFamily(value);
    case 'cubicBezier':
      return formatCubicBezier(value);
    case 'shadow':
      return formatShadow(value);
    default:
      return String(value);
  }
}

/** @param {CssEntry[]} entries @param {string} indent */
const declarations = (entries, indent = '  ') => entries.map((e) => `${indent}--${e.name}: ${e.value};`).join('\n');

/**
 * Selector for a brand. The default brand also applies to :root, with zero specificity
 * (`:where(:root)`) so that any brand on <html> wins whatever the stylesheet order, while a
 * brand whose stylesheet is missing still falls back to the default instead of to nothing.
 * @param {string} brand @param {boolean} isDefault
 */
export function brandSelector(brand, isDefault) {
  const attr = `[data-${PREFIX}-brand="${brand}"]`;
  return isDefault ? `:where(:root),\n${attr}` : attr;
}

/**
 * CSS for one brand: brand-level tokens (fonts, radii) plus private per-mode colour values.
 * Requires the core CSS (formatCoreCss) on the page, which owns the mode switches.
 * @param {{ brand: string, isDefault?: boolean, brandLevel: CssEntry[], modes: Record<Mode, CssEntry[]> }} theme
 *   mode entries carry their private names (privateName(mode, ...)), as Style Dictionary names them.
 */
export function formatThemeCss({ brand, isDefault = false, brandLevel, modes }) {
  const body = [declarations(brandLevel), ...MODES.map((mode) => declarations(modes[mode]))]
    .filter(Boolean)
    .join('\n');
  return `/* Arki brand "${brand}" (light, dark and contrast modes), derived from its brand inputs by Arki's theme builder. Do not edit. Load after @arki/ui/tokens/arki.css. */\n${brandSelector(brand, isDefault)} {\n${body}\n}\n`;
}

/**
 * Core CSS: primitives on :root, reduced motion, the mode switches (attribute or media query),
 * and the rule that resolves public semantic colour properties.
 * @param {{ primitives: CssEntry[], durations: string[], semanticNames: string[] }} core
 *   durations: names zeroed under reduced motion; semanticNames: public per-mode names, e.g. "arki-color-text".
 */
export function formatCoreCss({ primitives, durations, semanticNames }) {
  const p = PREFIX;
  const on = `--_${p}-is`;
  const resolve = semanticNames
    .map((name) => {
      const pick = (/** @type {Mode} */ mode) => `--_${p}-pick-${mode}-${name.slice(p.length + 1)}`;
      return [
        `  ${pick('dark')}: var(${on}-dark) var(--${privateName('dark', name)});`,
        `  ${pick('contrast')}: var(${on}-contrast) var(--${privateName('contrast', name)});`,
        `  --${name}: var(${pick('contrast')}, var(${pick('dark')}, var(--${privateName('light', name)})));`,
      ].join('\n');
    })
    .join('\n');
  return `/* Arki design tokens: generated from tokens/**. Do not edit. */
:root {
${declarations(primitives)}
}
@media (prefers-reduced-motion: reduce) {
  :root {
${declarations(durations.map((name) => ({ name, value: '0ms' })), '    ')}
  }
}

/* Modes. ${on}-dark / ${on}-contrast are switches: empty = on, initial = off. They inherit, so
   data-${p}-mode works on any element. Without the attribute on :root, follow the user's
   preferences; contrast wins over dark. */
:root:not([data-${p}-mode]),
[data-${p}-mode="light"] {
  ${on}-dark: initial;
  ${on}-contrast: initial;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-${p}-mode]) {
    ${on}-dark: ;
    color-scheme: dark;
  }
}
@media (prefers-contrast: more) {
  :root:not([data-${p}-mode]) {
    ${on}-dark: initial;
    ${on}-contrast: ;
    color-scheme: light;
  }
}
[data-${p}-mode="dark"] {
  ${on}-dark: ;
  ${on}-contrast: initial;
  color-scheme: dark;
}
[data-${p}-mode="contrast"] {
  ${on}-dark: initial;
  ${on}-contrast: ;
  color-scheme: light;
}

/* Resolve the public semantic colours wherever a brand or a mode is set. A pick is invalid
   (so the next fallback is used) unless its switch is on. */
:root,
[data-${p}-brand],
[data-${p}-mode] {
${resolve}
}
`;
}

/**
 * Wrap CSS in a cascade layer so that any unlayered author CSS (including a page's own
 * token overrides) wins over the library's defaults.
 * @param {string} css
 */
export function wrapInLayer(css, layer = `${PREFIX}.tokens`) {
  const indented = css
    .trimEnd()
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
  return `@layer ${layer} {\n${indented}\n}\n`;
}
