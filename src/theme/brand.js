// @ts-check
/**
 * Brand token files (tokens/brands/<name>.json) <-> BrandInput, and derived themes -> DTCG
 * (tokens/build/<brand>/<mode>.json) and CSS entries. No Node or Style Dictionary imports.
 */

import { COLOR_ROLES, ThemeError } from './derive.js';
import { MODES, cssName, emittedName, formatDimension, formatValue } from './css.js';
import { isObject } from './dtcg.js';

/** @typedef {import('./derive.js').BrandInput} BrandInput */
/** @typedef {import('./derive.js').DerivedTheme} DerivedTheme */
/** @typedef {import('./dtcg.js').DtcgNode} DtcgNode */
/** @typedef {import('./css.js').CssEntry} CssEntry */
/** @typedef {import('./css.js').Mode} Mode */

export const BRAND_EXTENSION = 'fi.arki.brand';

/**
 * @param {unknown} node
 * @param {string[]} path
 * @returns {unknown}
 */
function valueAt(node, path) {
  let cur = node;
  for (const key of path) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return isObject(cur) ? cur.$value : undefined;
}

/**
 * Read a brand token file.
 * @param {DtcgNode} doc
 * @param {string} [fileName] name from the file name, which must agree with the extension's
 * @returns {BrandInput}
 */
export function brandFromTokens(doc, fileName) {
  const ext = isObject(doc.$extensions) ? doc.$extensions[BRAND_EXTENSION] : undefined;
  const meta = isObject(ext) ? ext : {};
  const name = typeof meta.name === 'string' ? meta.name : fileName;
  if (!name) throw new ThemeError(`Brand file has no $extensions["${BRAND_EXTENSION}"].name`);
  if (fileName && name !== fileName) throw new ThemeError(`Brand file ${fileName}.json declares name "${name}"`);
  const brand = doc.brand;
  if (!isObject(brand)) throw new ThemeError(`Brand file for "${name}" has no "brand" group`);
  const allowed = new Set(['color', 'font', 'radius']);
  for (const key of Object.keys(brand)) {
    if (!key.startsWith('$') && !allowed.has(key)) {
      throw new ThemeError(`Brand "${name}": "${key}" is not a brand input (allowed: color.primary, color.secondary, font.family.base, font.family.heading, radius.s|m|l)`);
    }
  }
  const primary = valueAt(brand, ['color', 'primary']);
  if (typeof primary !== 'string') throw new ThemeError(`Brand "${name}": brand.color.primary is required`);
  const secondary = valueAt(brand, ['color', 'secondary']);
  const fontFamily = valueAt(brand, ['font', 'family', 'base']);
  const headingFontFamily = valueAt(brand, ['font', 'family', 'heading']);
  /** @type {{ s?: string, m?: string, l?: string }} */
  const radius = {};
  for (const step of /** @type {const} */ (['s', 'm', 'l'])) {
    const v = valueAt(brand, ['radius', step]);
    if (v !== undefined) radius[step] = formatDimension(v);
  }
  /** @type {BrandInput} */
  const input = { name, primary };
  if (typeof meta.displayName === 'string') input.displayName = meta.displayName;
  if (typeof secondary === 'string') input.secondary = secondary;
  if (Array.isArray(fontFamily) || typeof fontFamily === 'string') input.fontFamily = /** @type {string | string[]} */ (fontFamily);
  if (Array.isArray(headingFontFamily) || typeof headingFontFamily === 'string') {
    input.headingFontFamily = /** @type {string | string[]} */ (headingFontFamily);
  }
  if (Object.keys(radius).length) input.radius = radius;
  if (meta.onPrimary === 'light' || meta.onPrimary === 'dark' || meta.onPrimary === 'auto') input.onPrimary = meta.onPrimary;
  if (meta.keepPrimary === true) input.keepPrimary = true;
  return input;
}

/** @param {string} v CSS length */
function dimension(v) {
  const m = /^(\d+(?:\.\d+)?)(rem|px|em)?$/.exec(v);
  return m ? { value: Number(m[1]), unit: m[2] ?? 'px' } : v;
}

/**
 * Write a brand token file (what `arki-theme` saves as <out>/<name>.json).
 * @param {BrandInput} input already normalised
 * @returns {DtcgNode}
 */
export function brandToTokens(input) {
  /** @type {DtcgNode} */
  const meta = { name: input.name };
  if (input.displayName) meta.displayName = input.displayName;
  if (input.onPrimary && input.onPrimary !== 'auto') meta.onPrimary = input.onPrimary;
  if (input.keepPrimary) meta.keepPrimary = true;
  /** @type {DtcgNode} */
  const color = { $type: 'color', primary: { $value: input.primary } };
  if (input.secondary) color.secondary = { $value: input.secondary };
  /** @type {DtcgNode} */
  const brand = { color };
  if (input.fontFamily || input.headingFontFamily) {
    /** @type {DtcgNode} */
    const family = { $type: 'fontFamily' };
    if (input.fontFamily) family.base = { $value: input.fontFamily };
    if (input.headingFontFamily) family.heading = { $value: input.headingFontFamily };
    brand.font = { family };
  }
  if (input.radius && Object.keys(input.radius).length) {
    /** @type {DtcgNode} */
    const radius = { $type: 'dimension' };
    for (const [k, v] of Object.entries(input.radius)) if (v) radius[k] = { $value: dimension(v) };
    brand.radius = radius;
  }
  return {
    $description: `Brand inputs for "${input.name}". Only these are chosen by hand; every semantic colour in every mode is derived from them (see docs/theming.md).`,
    $extensions: { [BRAND_EXTENSION]: meta },
    brand,
  };
}

/** "color-text-subtle" -> ["color", "text-subtle"]; "radius-s" -> ["radius", "s"] */
/** @param {string} key */
export function keyToPath(key) {
  return key.startsWith('color-') ? ['color', key.slice('color-'.length)] : key.split('-');
}

/**
 * @param {Record<string, unknown>} flat key -> DTCG token
 * @returns {DtcgNode}
 */
function nest(flat) {
  /** @type {DtcgNode} */
  const root = {};
  for (const [key, token] of Object.entries(flat)) {
    const path = keyToPath(key);
    let node = root;
    for (const seg of path.slice(0, -1)) {
      const next = isObject(node[seg]) ? /** @type {DtcgNode} */ (node[seg]) : {};
      node[seg] = next;
      node = next;
    }
    node[/** @type {string} */ (path[path.length - 1])] = token;
  }
  return root;
}

/**
 * The derived theme as DTCG documents, one per namespace ("brand", "light", "dark",
 * "contrast"). Colours taken unchanged from the palette stay references (`{color.neutral.900}`),
 * so Style Dictionary can output `var(--arki-color-neutral-900)`.
 * @param {DerivedTheme} theme
 * @returns {Record<'brand' | Mode, DtcgNode>}
 */
export function toBuildTokens(theme) {
  /** @type {Record<string, unknown>} */
  const brandFlat = {};
  for (const [key, t] of Object.entries(theme.brandLevel)) brandFlat[key] = { $type: t.type, $value: t.value };
  /** @type {Record<'brand' | Mode, DtcgNode>} */
  const out = /** @type {any} */ ({ brand: { brand: nest(brandFlat) } });
  for (const mode of MODES) {
    /** @type {Record<string, unknown>} */
    const flat = {};
    for (const key of COLOR_ROLES) {
      const c = /** @type {import('./derive.js').DerivedColor} */ (theme.modes[mode][key]);
      flat[key] = { $type: 'color', $value: c.ref ? `{${c.ref}}` : c.value };
    }
    out[mode] = { [mode]: nest(flat) };
  }
  return out;
}

/**
 * CSS entries straight from a derived theme (the path used by buildTheme and the CLI; the Style
 * Dictionary build produces the same entries from tokens/build/**).
 * @param {DerivedTheme} theme
 * @returns {{ brandLevel: CssEntry[], modes: Record<Mode, CssEntry[]> }}
 */
export function themeEntries(theme) {
  const brandLevel = Object.entries(theme.brandLevel).map(([key, t]) => ({
    name: cssName(keyToPath(key)),
    value: formatValue(t.type, t.value),
  }));
  /** @type {Record<Mode, CssEntry[]>} */
  const modes = /** @type {any} */ ({});
  for (const mode of MODES) {
    modes[mode] = COLOR_ROLES.map((key) => {
      const c = /** @type {import('./derive.js').DerivedColor} */ (theme.modes[mode][key]);
      return { name: emittedName([mode, ...keyToPath(key)]), value: c.ref ? `var(--${cssName(c.ref.split('.'))})` : c.value };
    });
  }
  return { brandLevel, modes };
}
