// @ts-check
/**
 * Derive every semantic colour of every mode from a brand's few inputs.
 *
 * Neutrals and status colours start from core palette steps; brand colours start from the
 * brand's own primary/secondary. Each token is then checked against every pair in
 * CONTRAST_PAIRS whose other side is already known, and if it falls short its OKLCH lightness
 * is moved (hue and chroma kept, chroma reduced only where the gamut demands) to the nearest
 * tone that meets every pair. Palette tokens first try neighbouring palette steps, so they keep
 * pointing at a primitive (and stay `var(--arki-color-...)` references in the CSS).
 *
 * Policy for the primary action colour (documented in docs/theming.md):
 * the label on it is white or near-black, whichever lets the brand colour move the least.
 * A light brand colour (e.g. gold #f2c300) therefore keeps a dark label and is darkened only
 * as far as its 3:1 button boundary against the page needs; a mid-tone blue keeps white.
 * `onPrimary: 'light' | 'dark'` pins the label instead, `keepPrimary` forbids moving the
 * light-mode primary at all (the derivation then fails instead of adjusting).
 */

import { formatRatio, normalizeHex, oklchToHex, ratioOfLuminances, relativeLuminance, toOklch } from './color.js';
import { CONTRAST_PAIRS, REQUIRED } from './contrast-pairs.js';
import { MODES, formatFontFamily, formatDimension, parseFontStack } from './css.js';
import { flattenDtcg, resolveToken } from './dtcg.js';

/** @typedef {import('./css.js').Mode} Mode */
/** @typedef {import('./color.js').Oklch} Oklch */
/** @typedef {import('./dtcg.js').DtcgNode} DtcgNode */
/** @typedef {import('./dtcg.js').FlatToken} FlatToken */

/**
 * What a brand may set. Everything else is derived.
 * @typedef {object} BrandInput
 * @property {string} name id used in `data-arki-brand` and file names: [a-z][a-z0-9-]*
 * @property {string} [displayName]
 * @property {string} primary any colour parseColor accepts
 * @property {string} [secondary]
 * @property {string | string[]} [fontFamily] base font stack
 * @property {string | string[]} [headingFontFamily]
 * @property {{ s?: string, m?: string, l?: string }} [radius] CSS lengths
 * @property {'auto' | 'light' | 'dark'} [onPrimary] label colour on the primary action
 * @property {boolean} [keepPrimary] fail rather than adjust the light-mode primary
 */
/**
 * A derived colour: its hex value, and the core primitive it equals when it was taken unchanged
 * from the palette (so the CSS can reference it).
 * @typedef {{ value: string, ref?: string }} DerivedColor
 */
/**
 * @typedef {object} Adjustment
 * @property {Mode} mode
 * @property {string} token key, e.g. "color-action-primary"
 * @property {string} from
 * @property {string} to
 * @property {string} reason
 * @property {string} message one human-readable line
 */
/**
 * @typedef {object} DerivedTheme
 * @property {string} name
 * @property {Record<string, { type: string, value: unknown }>} brandLevel mode-independent brand tokens (key -> DTCG type/value)
 * @property {Record<Mode, Record<string, DerivedColor>>} modes
 * @property {Adjustment[]} adjustments
 */

/** The public semantic colour contract: every one exists in every brand x mode. */
export const COLOR_ROLES = Object.freeze([
  'color-text', 'color-text-subtle', 'color-text-inverse', 'color-text-link', 'color-text-link-hover', 'color-text-link-visited',
  'color-surface', 'color-surface-raised', 'color-surface-sunken', 'color-surface-inverse',
  'color-border', 'color-border-strong',
  'color-action-primary', 'color-action-primary-hover', 'color-action-primary-active', 'color-action-on-primary',
  'color-action-secondary', 'color-action-secondary-hover', 'color-action-on-secondary',
  'color-action-danger', 'color-action-danger-hover', 'color-action-on-danger',
  'color-action-disabled', 'color-action-on-disabled',
  'color-focus-ring', 'color-focus-ring-inner',
  ...['info', 'success', 'warning', 'error'].flatMap((s) => [`color-status-${s}-text`, `color-status-${s}-border`, `color-status-${s}-surface`]),
  'color-backdrop',
]);

/** Brand-level (mode independent) token keys a brand can set. */
export const BRAND_LEVEL_KEYS = Object.freeze([
  'font-family-base', 'font-family-heading', 'radius-s', 'radius-m', 'radius-l',
]);

export class ThemeError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ThemeError';
  }
}

const STATUS_HUES = /** @type {const} */ ({ info: 'blue', success: 'green', warning: 'orange', error: 'red' });

/**
 * Starting points per mode (palette paths under `color.`). The solver moves them if needed.
 * `toward` is the lightness direction that increases contrast against the surfaces.
 */
const RECIPES = /** @type {const} */ ({
  light: {
    surface: 'neutral.0', raised: 'neutral.0', sunken: 'neutral.50', inverse: 'neutral.900',
    text: 'neutral.900', subtle: 'neutral.600', textInverse: 'neutral.0',
    border: 'neutral.200', borderStrong: 'neutral.500',
    disabled: 'neutral.200', onDisabled: 'neutral.700',
    onLight: 'neutral.0', onDark: 'neutral.1000',
    status: { surface: '50', text: '700', border: '600' },
    danger: 'red.600',
    secondaryFill: { l: 0.955, c: 0.03 }, secondaryHover: { l: 0.915, c: 0.045 },
    backdrop: { from: 'neutral.1000', alpha: 0.6 },
    toward: -1,
  },
  dark: {
    surface: 'neutral.950', raised: 'neutral.900', sunken: 'neutral.1000', inverse: 'neutral.50',
    text: 'neutral.50', subtle: 'neutral.400', textInverse: 'neutral.900',
    border: 'neutral.800', borderStrong: 'neutral.500',
    disabled: 'neutral.850', onDisabled: 'neutral.400',
    onLight: 'neutral.0', onDark: 'neutral.1000',
    status: { surface: '950', text: '300', border: '400' },
    danger: 'red.600',
    secondaryFill: { l: 0.3, c: 0.04 }, secondaryHover: { l: 0.35, c: 0.05 },
    backdrop: { from: 'neutral.1000', alpha: 0.75 },
    toward: 1,
  },
  contrast: {
    surface: 'neutral.0', raised: 'neutral.0', sunken: 'neutral.50', inverse: 'neutral.1000',
    text: 'neutral.1000', subtle: 'neutral.800', textInverse: 'neutral.0',
    border: 'neutral.500', borderStrong: 'neutral.800',
    disabled: 'neutral.100', onDisabled: 'neutral.800',
    onLight: 'neutral.0', onDark: 'neutral.1000',
    status: { surface: '50', text: '800', border: '700' },
    danger: 'red.700',
    secondaryFill: { l: 0.975, c: 0.02 }, secondaryHover: { l: 0.935, c: 0.035 },
    backdrop: { from: 'neutral.1000', alpha: 0.75 },
    toward: -1,
  },
});

const L_STEP = 0.002;
const NAME_RE = /^[a-z][a-z0-9-]{0,39}$/;
const LENGTH_RE = /^(0|\d+(\.\d+)?(rem|px|em))$/;

/** @param {number} a @param {number} b */
const hueDistance = (a, b) => Math.abs(((a - b + 540) % 360) - 180);

/**
 * Read the colour palette once from the core tokens.
 * @param {Map<string, FlatToken>} core
 */
function paletteOf(core) {
  /** @param {string} path palette path without "color." */
  const hex = (path) => {
    const t = resolveToken(core, `color.${path}`);
    if (t.type !== 'color') throw new ThemeError(`color.${path} is not a colour token`);
    return normalizeHex(String(t.value));
  };
  /** @type {Map<string, string[]>} ramp name -> ordered paths */
  const ramps = new Map();
  for (const path of core.keys()) {
    const m = /^color\.([a-z]+)\.(\d+)$/.exec(path);
    if (!m) continue;
    const ramp = /** @type {string} */ (m[1]);
    ramps.set(ramp, [...(ramps.get(ramp) ?? []), `${ramp}.${m[2]}`]);
  }
  for (const list of ramps.values()) list.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
  return { hex, ramps };
}

/**
 * Per-mode derivation state.
 */
class ModeSolver {
  /**
   * @param {Mode} mode
   * @param {ReturnType<typeof paletteOf>} palette
   * @param {Adjustment[]} adjustments
   */
  constructor(mode, palette, adjustments) {
    this.mode = mode;
    this.palette = palette;
    this.adjustments = adjustments;
    this.recipe = RECIPES[mode];
    /** @type {Record<string, DerivedColor>} */
    this.tokens = {};
    /** @type {Map<string, number>} */
    this.lumCache = new Map();
  }

  /** @param {string} hex */
  lum(hex) {
    let l = this.lumCache.get(hex);
    if (l === undefined) {
      l = relativeLuminance(hex);
      this.lumCache.set(hex, l);
    }
    return l;
  }

  /**
   * Pairs that involve `key` and whose other side is known (derived, or given tentatively).
   * @param {string} key
   * @param {Record<string, string>} tentative
   * @returns {{ other: string, otherHex: string, required: number }[]}
   */
  constraints(key, tentative = {}) {
    /** @type {{ other: string, otherHex: string, required: number }[]} */
    const out = [];
    for (const p of CONTRAST_PAIRS) {
      const other = p.fg === key ? p.bg : p.bg === key ? p.fg : undefined;
      if (!other) continue;
      const otherHex = tentative[other] ?? this.tokens[other]?.value;
      if (otherHex) out.push({ other, otherHex, required: REQUIRED[this.mode][p.kind] });
    }
    return out;
  }

  /**
   * Does `hex` as `key` meet every known pair (each required ratio times `margin`)?
   * @param {string} key @param {string} hex @param {Record<string, string>} [tentative] @param {number} [margin]
   */
  passes(key, hex, tentative = {}, margin = 1) {
    const l = this.lum(hex);
    return this.constraints(key, tentative).every((c) => ratioOfLuminances(l, this.lum(c.otherHex)) >= c.required * margin);
  }

  /**
   * The pairs `hex` fails, for messages.
   * @param {string} key @param {string} hex @param {Record<string, string>} [tentative]
   */
  shortfalls(key, hex, tentative = {}) {
    const l = this.lum(hex);
    const failing = this.constraints(key, tentative)
      .map((c) => ({ ...c, ratio: ratioOfLuminances(l, this.lum(c.otherHex)) }))
      .filter((c) => c.ratio < c.required);
    /** @type {Map<number, { others: string[], worst: number }>} */
    const byRequired = new Map();
    for (const c of failing) {
      const g = byRequired.get(c.required) ?? { others: [], worst: Infinity };
      g.others.push(c.other.replace(/^color-/, '').replace(/^action-on-primary$/, 'its label'));
      g.worst = Math.min(g.worst, c.ratio);
      byRequired.set(c.required, g);
    }
    return [...byRequired].map(([req, g]) => `${req}:1 against ${g.others.join(', ')} (was ${formatRatio(g.worst)}:1)`);
  }

  /**
   * Nearest OKLCH lightness to `start` (same hue/chroma, gamut mapped) that satisfies `test`.
   * At equal distance the direction `prefer` (-1 darker, +1 lighter) is tried first.
   * @param {Oklch} start @param {(hex: string) => boolean} test @param {number} [prefer]
   * @returns {string | null}
   */
  nearestTone(start, test, prefer = this.recipe.toward) {
    for (let d = 0; d <= 1 + L_STEP; d += L_STEP) {
      for (const dir of d === 0 ? [0] : [prefer, -prefer]) {
        const l = start.l + dir * d;
        if (l < 0 || l > 1) continue;
        const hex = oklchToHex(l, start.c, start.h);
        if (test(hex)) return hex;
      }
    }
    return null;
  }

  /**
   * Record a token, logging an adjustment when the value differs from where it started.
   * @param {string} key @param {DerivedColor} color @param {string} from @param {string} reason
   */
  set(key, color, from = color.value, reason = '') {
    this.tokens[key] = color;
    if (from !== color.value) {
      const message = `${this.mode}: --arki-${key} ${from} → ${color.value}${reason ? ` for ${reason}` : ''}`;
      this.adjustments.push({ mode: this.mode, token: key, from, to: color.value, reason, message });
    }
  }

  /** Take a palette step as is (no pairs to meet yet). @param {string} key @param {string} path */
  fixed(key, path) {
    this.set(key, { value: this.palette.hex(path), ref: `color.${path}` });
  }

  /**
   * A palette colour that must meet its pairs: the start step if it passes, else the nearest
   * passing step of the same ramp, else the nearest passing tone.
   * @param {string} key @param {string} path
   */
  fromPalette(key, path) {
    const start = this.palette.hex(path);
    if (this.passes(key, start)) return this.set(key, { value: start, ref: `color.${path}` });
    const why = this.shortfalls(key, start).join(', ');
    const [ramp] = path.split('.');
    const steps = this.palette.ramps.get(/** @type {string} */ (ramp)) ?? [];
    const i = steps.indexOf(path);
    const byDistance = steps
      .map((p, j) => ({ p, d: Math.abs(j - i) }))
      .filter((s) => s.d > 0)
      .sort((a, b) => a.d - b.d);
    for (const { p } of byDistance) {
      const hex = this.palette.hex(p);
      if (this.passes(key, hex)) return this.set(key, { value: hex, ref: `color.${p}` }, start, `${why} (${path} → ${p})`);
    }
    return this.fromTone(key, start, `${why} (outside the palette)`);
  }

  /**
   * A free tone: `startHex` moved in lightness until it meets its pairs.
   * @param {string} key @param {string} startHex @param {string} [why] @param {Record<string, string>} [tentative]
   */
  fromTone(key, startHex, why, tentative = {}) {
    if (this.passes(key, startHex, tentative)) return this.set(key, { value: startHex });
    const reason = why ?? this.shortfalls(key, startHex, tentative).join(', ');
    const hex = this.nearestTone(toOklch(startHex), (h) => this.passes(key, h, tentative));
    if (!hex) throw new ThemeError(`${this.mode}: no tone of ${startHex} can serve as --arki-${key} (${reason})`);
    return this.set(key, { value: hex }, startHex, reason);
  }

  /**
   * A state variant (hover, pressed) of `fromHex`: a visible lightness step, preferring the
   * direction that adds contrast to the page, that still meets every pair.
   * @param {string} key @param {string} fromHex @param {Record<string, string>} tentative
   * @param {string[]} avoid colours it must visibly differ from (at least 0.025 in OKLCH L)
   * @param {number} prefer direction to try first
   * @param {number[]} [steps] lightness steps, in order of preference
   * @returns {{ hex: string, dir: number } | null}
   */
  variant(key, fromHex, tentative, avoid, prefer, steps = [0.05, 0.06, 0.04, 0.07, 0.03, 0.08]) {
    const from = toOklch(fromHex);
    const avoidL = [fromHex, ...avoid].map((h) => toOklch(h).l);
    for (const dir of [prefer, -prefer]) {
      for (const d of steps) {
        const l = from.l + dir * d;
        if (l < 0 || l > 1) continue;
        const hex = oklchToHex(l, from.c, from.h);
        const lh = toOklch(hex).l;
        if (avoidL.every((a) => Math.abs(a - lh) >= 0.025) && this.passes(key, hex, tentative)) return { hex, dir };
      }
    }
    return null;
  }

  /**
   * Solve an action colour together with its label and states: try each label candidate,
   * find the nearest tone of the brand colour that meets every pair (and `extra`), derive hover
   * and pressed states, and keep the candidate that moved the brand colour least.
   * @param {object} spec
   * @param {string} spec.fill key of the fill, e.g. "color-action-primary"
   * @param {string} spec.on key of the label colour
   * @param {string} spec.hover
   * @param {string} [spec.active]
   * @param {DerivedColor} spec.start
   * @param {('light' | 'dark')[]} spec.labels label candidates in order of preference
   * @param {(fillHex: string) => boolean} [spec.extra] further requirement (a focus ring must fit)
   * @param {string} [spec.extraNote] how to name `extra` in messages
   * @param {boolean} [spec.keep] the fill must not move
   */
  solveAction({ fill, on, hover, active, start, labels, extra = () => true, extraNote = '', keep = false }) {
    const base = toOklch(start.value);
    /** @type {{ label: 'light' | 'dark', onHex: string, onRef: string, fillHex: string, hoverHex: string, activeHex?: string, dl: number, ratio: number }[]} */
    const found = [];
    /** @type {string[]} */
    const reasons = [];
    for (const label of labels) {
      const onPath = label === 'light' ? this.recipe.onLight : this.recipe.onDark;
      const onHex = this.palette.hex(onPath);
      const tentative = { [on]: onHex };
      let solved = false;
      for (const margin of [1, 1.08, 1.16, 1.25]) {
        const ok = (/** @type {string} */ h) => this.passes(fill, h, tentative, margin) && extra(h);
        const fillHex = ok(start.value) ? start.value : keep ? null : this.nearestTone(base, ok);
        if (!fillHex) {
          const needs = this.constraints(fill, tentative).map((c) => `${c.required}:1 against ${c.other === on ? 'the label' : c.other.replace(/^color-/, '')}`);
          reasons.push(
            keep
              ? `with a ${label} label it falls short: ${this.shortfalls(fill, start.value, tentative).join(', ') || `it leaves no room for ${extraNote}`}`
              : `with a ${label} label no lightness of its hue meets ${needs.join(', ')}${extraNote ? ` and leaves room for ${extraNote}` : ''}`,
          );
          break;
        }
        const t2 = { ...tentative, [fill]: fillHex };
        // States move toward more label contrast first (darker under a white label).
        const towardLabel = this.lum(onHex) > this.lum(fillHex) ? -1 : 1;
        const h = this.variant(hover, fillHex, t2, [], towardLabel);
        if (!h) continue;
        let activeHex;
        if (active) {
          const a = this.variant(active, h.hex, t2, [fillHex], h.dir, [0.04, 0.05, 0.03, 0.06]);
          if (!a) continue;
          activeHex = a.hex;
        }
        const dl = Math.abs(toOklch(fillHex).l - base.l);
        found.push({ label, onHex, onRef: onPath, fillHex, hoverHex: h.hex, activeHex, dl, ratio: ratioOfLuminances(this.lum(fillHex), this.lum(onHex)) });
        solved = true;
        break;
      }
      if (!solved && !reasons.some((x) => x.includes(`${label} label`))) reasons.push(`with a ${label} label no hover/pressed state meets the pairs`);
    }
    if (found.length === 0) {
      const hint = labels.length === 1 ? ' (the label colour is pinned; let it be chosen automatically)' : keep ? ' (allow the colour to be adjusted)' : '';
      throw new ThemeError(
        `${this.mode} mode: ${start.value} cannot be used for --arki-${fill}${keep ? ' unchanged' : ''}: ${reasons.join('; ')}${hint}`,
      );
    }
    // Least movement of the brand colour wins; within 0.01 L, the stronger label contrast.
    found.sort((a, b) => (Math.abs(a.dl - b.dl) > 0.01 ? a.dl - b.dl : b.ratio - a.ratio));
    const best = /** @type {(typeof found)[number]} */ (found[0]);
    const why = this.shortfalls(fill, start.value, { [on]: best.onHex });
    const labelNote = `${best.label === 'light' ? 'white' : 'dark'} label ${best.onHex} at ${formatRatio(best.ratio)}:1`;
    const plain = this.nearestTone(base, (h) => this.passes(fill, h, { [on]: best.onHex }));
    const further =
      plain && plain !== best.fillHex ? ` (moved further so that hover/pressed states${extraNote ? ` and ${extraNote}` : ''} fit)` : '';
    this.set(on, { value: best.onHex, ref: `color.${best.onRef}` });
    if (best.label === 'dark' && fill === 'color-action-primary') {
      const because = labels.length === 1 ? 'as requested' : 'because it needs the least change to the brand colour';
      const message = `${this.mode}: text on primary set to ${best.onHex} (dark), ${because}`;
      this.adjustments.push({ mode: this.mode, token: on, from: this.palette.hex(this.recipe.onLight), to: best.onHex, reason: 'dark label', message });
    }
    const fillColor = best.fillHex === start.value ? start : { value: best.fillHex };
    this.set(fill, fillColor, start.value, [(why.join(', ') || 'room for states') + further, labelNote].join('; '));
    this.set(hover, { value: best.hoverHex });
    if (active && best.activeHex) this.set(active, { value: best.activeHex });
  }

  /**
   * Focus ring candidates that meet the ring's pairs known so far (surfaces, inner ring):
   * the brand hue at every lightness, then neutral greys.
   * @param {Oklch} brand
   */
  ringCandidates(brand) {
    /** @type {{ hex: string, c: number }[]} */
    const out = [];
    const hues = brand.c > 0.04 ? [{ c: Math.min(brand.c, 0.2), h: brand.h }, { c: 0, h: 0 }] : [{ c: 0, h: 0 }];
    for (const { c, h } of hues) {
      for (let l = 0; l <= 1.0001; l += 0.0025) {
        const hex = oklchToHex(l, c, h);
        // Only pairs whose other side is already derived (surfaces, inner ring) are checked here.
        if (this.passes('color-focus-ring', hex)) out.push({ hex, c: c > 0 ? toOklch(hex).c : 0 });
      }
    }
    return out;
  }
}

/**
 * Normalise and validate brand input.
 * @param {BrandInput} input
 * @returns {Required<Pick<BrandInput, 'name' | 'primary'>> & BrandInput}
 */
export function normalizeBrandInput(input) {
  if (!input || typeof input !== 'object') throw new ThemeError('Brand input must be an object');
  if (typeof input.name !== 'string' || !NAME_RE.test(input.name)) {
    throw new ThemeError(`Brand name must match ${NAME_RE} (it becomes data-arki-brand="<name>"), got ${JSON.stringify(input.name)}`);
  }
  /** @param {string | undefined} c @param {string} what */
  const color = (c, what) => {
    if (c === undefined) return undefined;
    try {
      const hex = normalizeHex(c);
      if (hex.length !== 7) throw new ThemeError(`${what} must be opaque, got ${c}`);
      return hex;
    } catch (e) {
      if (e instanceof ThemeError) throw e;
      throw new ThemeError(`${what}: ${(/** @type {Error} */ (e)).message}`);
    }
  };
  const primary = color(input.primary, 'primary');
  if (!primary) throw new ThemeError('A primary colour is required');
  /** @param {string | string[] | undefined} f @param {string} what */
  const font = (f, what) => {
    if (f === undefined) return undefined;
    const names = Array.isArray(f) ? f : parseFontStack(f);
    try {
      formatFontFamily(names);
    } catch (e) {
      throw new ThemeError(`${what}: ${(/** @type {Error} */ (e)).message}`);
    }
    return names;
  };
  /** @type {{ s?: string, m?: string, l?: string }} */
  const radius = {};
  for (const [k, v] of Object.entries(input.radius ?? {})) {
    if (!['s', 'm', 'l'].includes(k)) throw new ThemeError(`Unknown radius step "${k}" (use s, m, l)`);
    if (typeof v !== 'string' || !LENGTH_RE.test(v)) throw new ThemeError(`radius.${k} must be a length like 0.25rem or 4px, got ${JSON.stringify(v)}`);
    radius[/** @type {'s' | 'm' | 'l'} */ (k)] = v;
  }
  if (input.onPrimary !== undefined && !['auto', 'light', 'dark'].includes(input.onPrimary)) {
    throw new ThemeError(`onPrimary must be auto, light or dark, got ${JSON.stringify(input.onPrimary)}`);
  }
  const secondary = color(input.secondary, 'secondary');
  const fontFamily = font(input.fontFamily, 'font');
  const headingFontFamily = font(input.headingFontFamily, 'heading font');
  return {
    ...input,
    primary,
    ...(secondary ? { secondary } : { secondary: undefined }),
    ...(fontFamily ? { fontFamily } : {}),
    ...(headingFontFamily ? { headingFontFamily } : {}),
    radius,
  };
}

/** @param {string} v "0.25rem" -> DTCG dimension */
function toDimension(v) {
  const m = /^(\d+(?:\.\d+)?)(rem|px|em)?$/.exec(v);
  if (!m) throw new ThemeError(`Not a length: ${v}`);
  return { value: Number(m[1]), unit: m[2] ?? 'px' };
}

/**
 * Derive all semantic tokens for one brand.
 * @param {BrandInput} rawInput
 * @param {DtcgNode} coreTokens merged tokens/core/*.json
 * @returns {DerivedTheme}
 */
export function deriveTheme(rawInput, coreTokens) {
  const input = normalizeBrandInput(rawInput);
  const core = flattenDtcg(coreTokens);
  const palette = paletteOf(core);
  /** @type {Adjustment[]} */
  const adjustments = [];

  /** @param {string} path */
  const coreValue = (path) => {
    const t = core.get(path);
    if (!t) throw new ThemeError(`Core token ${path} is missing`);
    return t.value;
  };
  /** @type {Record<string, { type: string, value: unknown }>} */
  const brandLevel = {
    'font-family-base': { type: 'fontFamily', value: input.fontFamily ?? coreValue('font.family.base') },
    'font-family-heading': {
      type: 'fontFamily',
      value: input.headingFontFamily ?? input.fontFamily ?? coreValue('font.family.heading'),
    },
    'radius-s': { type: 'dimension', value: input.radius?.s ? toDimension(input.radius.s) : coreValue('radius.s') },
    'radius-m': { type: 'dimension', value: input.radius?.m ? toDimension(input.radius.m) : coreValue('radius.m') },
    'radius-l': { type: 'dimension', value: input.radius?.l ? toDimension(input.radius.l) : coreValue('radius.l') },
  };
  for (const v of Object.values(brandLevel)) if (v.type === 'dimension') formatDimension(v.value);

  const primaryLch = toOklch(input.primary);
  const secondaryHex = input.secondary ?? input.primary;
  const secondaryLch = toOklch(secondaryHex);

  /** @type {Record<Mode, Record<string, DerivedColor>>} */
  const modes = /** @type {any} */ ({});
  for (const mode of MODES) {
    const s = new ModeSolver(mode, palette, adjustments);
    const r = s.recipe;

    s.fixed('color-surface', r.surface);
    s.fixed('color-surface-raised', r.raised);
    s.fixed('color-surface-sunken', r.sunken);
    s.fixed('color-surface-inverse', r.inverse);
    s.set('color-focus-ring-inner', { ...(/** @type {DerivedColor} */ (s.tokens['color-surface'])) });

    s.fromPalette('color-text', r.text);
    s.fromPalette('color-text-subtle', r.subtle);
    s.fromPalette('color-text-inverse', r.textInverse);
    s.fixed('color-border', r.border);
    s.fromPalette('color-border-strong', r.borderStrong);

    for (const [status, hue] of Object.entries(STATUS_HUES)) {
      s.fixed(`color-status-${status}-surface`, `${hue}.${r.status.surface}`);
      s.fromPalette(`color-status-${status}-text`, `${hue}.${r.status.text}`);
      s.fromPalette(`color-status-${status}-border`, `${hue}.${r.status.border}`);
    }

    s.fixed('color-action-disabled', r.disabled);
    s.fromPalette('color-action-on-disabled', r.onDisabled);

    // Primary, with a guarantee that some focus ring can meet 3:1 against it and the page.
    const rings = s.ringCandidates(primaryLch);
    const ringFits = (/** @type {string} */ fillHex) =>
      rings.some((ring) => ratioOfLuminances(s.lum(ring.hex), s.lum(fillHex)) >= REQUIRED[mode].ui);
    const pinned = input.onPrimary && input.onPrimary !== 'auto' ? [input.onPrimary] : /** @type {const} */ (['light', 'dark']);
    s.solveAction({
      fill: 'color-action-primary',
      on: 'color-action-on-primary',
      hover: 'color-action-primary-hover',
      active: 'color-action-primary-active',
      start: { value: input.primary },
      labels: [...pinned],
      extra: ringFits,
      extraNote: 'a 3:1 focus ring',
      keep: Boolean(input.keepPrimary) && mode === 'light',
    });

    // Focus ring: prefer a clearly coloured ring with some headroom, else the strongest.
    const primaryHex = /** @type {DerivedColor} */ (s.tokens['color-action-primary']).value;
    const ringOptions = rings
      .map((ring) => {
        const margins = s
          .constraints('color-focus-ring', { 'color-action-primary': primaryHex })
          .map((k) => ratioOfLuminances(s.lum(ring.hex), s.lum(k.otherHex)) / k.required);
        return { ...ring, margin: Math.min(...margins) };
      })
      .filter((ring) => ring.margin >= 1);
    // A visibly brand-coloured ring with headroom if there is one, else the strongest ring.
    const coloured = ringOptions.filter((ring) => ring.c >= 0.03);
    const roomy = coloured.filter((ring) => ring.margin >= 1.2);
    const ring = roomy.length
      ? roomy.sort((a, b) => (Math.abs(a.c - b.c) > 0.01 ? b.c - a.c : b.margin - a.margin))[0]
      : (coloured.length ? coloured : ringOptions).sort((a, b) => b.margin - a.margin)[0];
    if (!ring) throw new ThemeError(`${mode}: no focus ring colour meets 3:1 against the surfaces and ${primaryHex}`);
    s.set('color-focus-ring', { value: ring.hex });

    const dangerPath = /** @type {string} */ (r.danger);
    s.solveAction({
      fill: 'color-action-danger',
      on: 'color-action-on-danger',
      hover: 'color-action-danger-hover',
      start: { value: palette.hex(dangerPath), ref: `color.${dangerPath}` },
      labels: ['light', 'dark'],
    });

    // Secondary: a quiet tinted fill in the secondary (or primary) hue with a strong label.
    const tint = (/** @type {{ l: number, c: number }} */ t) => oklchToHex(t.l, Math.min(t.c, secondaryLch.c), secondaryLch.h);
    s.set('color-action-secondary', { value: tint(r.secondaryFill) });
    s.set('color-action-secondary-hover', { value: tint(r.secondaryHover) });
    s.fromTone('color-action-on-secondary', secondaryHex);

    // Links: the brand colour nearest to the primary that reads as text on every surface.
    s.fromTone('color-text-link', input.primary);
    const link = /** @type {DerivedColor} */ (s.tokens['color-text-link']).value;
    const linkHover = s.variant('color-text-link-hover', link, {}, [], r.toward, [0.08, 0.06, 0.1, 0.05, 0.04]);
    if (!linkHover) throw new ThemeError(`${mode}: no hover state for link colour ${link}`);
    s.set('color-text-link-hover', { value: linkHover.hex });
    const linkLch = toOklch(link);
    const visitedHue = hueDistance(linkLch.h, 310) < 35 ? (linkLch.h + 300) % 360 : 310;
    const visitedStart = oklchToHex(linkLch.l, Math.max(0.1, Math.min(linkLch.c, 0.16)), visitedHue);
    s.fromTone('color-text-link-visited', visitedStart, '');

    const backdropBase = palette.hex(r.backdrop.from);
    s.set('color-backdrop', { value: backdropBase + Math.round(r.backdrop.alpha * 255).toString(16).padStart(2, '0') });

    const missing = COLOR_ROLES.filter((k) => !(k in s.tokens));
    if (missing.length) throw new ThemeError(`${mode}: derivation did not produce ${missing.join(', ')}`);
    /** @type {Record<string, DerivedColor>} */
    const ordered = {};
    for (const k of COLOR_ROLES) ordered[k] = /** @type {DerivedColor} */ (s.tokens[k]);
    modes[mode] = ordered;
  }
  // Visited-link and tint moves are not brand decisions worth reporting.
  const reported = adjustments.filter((a) => a.token !== 'color-text-link-visited');
  return { name: input.name, brandLevel, modes, adjustments: reported };
}

/**
 * Resolved hex per mode (what the contrast check and the JS/JSON outputs use).
 * @param {DerivedTheme} theme
 * @returns {Record<Mode, Record<string, string>>}
 */
export function resolvedColors(theme) {
  /** @type {Record<Mode, Record<string, string>>} */
  const out = /** @type {any} */ ({});
  for (const mode of MODES) {
    out[mode] = Object.fromEntries(Object.entries(theme.modes[mode]).map(([k, v]) => [k, v.value]));
  }
  return out;
}
