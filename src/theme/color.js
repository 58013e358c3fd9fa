// @ts-check
/**
 * Colour math for theme derivation: parsing, sRGB <-> OKLab/OKLCH, gamut mapping and
 * WCAG 2 relative luminance / contrast ratio. Dependency-free and isomorphic (browser + Node):
 * it runs in the token build, in the `arki-theme` CLI and in browser tests.
 *
 * Every ratio the design system promises is computed on the 8-bit hex value that is
 * actually emitted, never on an unrounded intermediate, so reports match what ships.
 */

/**
 * Gamma-encoded sRGB, channels 0..1 (may lie outside 0..1 before gamut mapping).
 * @typedef {{ r: number, g: number, b: number, alpha: number }} Rgb
 */
/**
 * OKLCH: l 0..1, c >= 0, h in degrees 0..360.
 * @typedef {{ l: number, c: number, h: number, alpha: number }} Oklch
 */

/** @param {number} x */
const clamp01 = (x) => Math.min(1, Math.max(0, x));

/** @param {string} part @param {number} scale value of 100% */
function parseNumberOrPercent(part, scale) {
  const s = part.trim();
  if (s.endsWith('%')) {
    const n = Number(s.slice(0, -1));
    return Number.isFinite(n) ? (n / 100) * scale : NaN;
  }
  return Number(s);
}

/** @param {string} s */
function parseAlpha(s) {
  if (s === undefined) return 1;
  const a = parseNumberOrPercent(s, 1);
  return a;
}

/**
 * Split the inside of a CSS colour function: accepts both legacy comma syntax
 * (`12, 34, 56, 0.5`) and modern space syntax with `/ alpha`.
 * @param {string} body
 * @returns {string[]}
 */
function splitArgs(body) {
  const [main = '', alpha] = body.split('/');
  const parts = main.includes(',') ? main.split(',') : main.trim().split(/\s+/);
  const out = parts.map((p) => p.trim()).filter((p) => p.length > 0);
  if (alpha !== undefined) out.push(alpha.trim());
  return out;
}

/**
 * Parse a CSS colour string: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`
 * (comma or space syntax, numbers or percentages), `oklch()` (L as number or %), and the
 * keywords `white`, `black`, `transparent`.
 * @param {string} input
 * @returns {Rgb}
 * @throws {TypeError} when the string is not a supported colour
 */
export function parseColor(input) {
  const s = String(input).trim().toLowerCase();
  /** @param {Rgb} c */
  const ok = (c) => {
    if ([c.r, c.g, c.b, c.alpha].some((v) => !Number.isFinite(v))) {
      throw new TypeError(`Not a valid colour: "${input}"`);
    }
    return c;
  };
  if (s === 'white') return { r: 1, g: 1, b: 1, alpha: 1 };
  if (s === 'black') return { r: 0, g: 0, b: 0, alpha: 1 };
  if (s === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    let hex = /** @type {string} */ (m[1]);
    if (hex.length === 3 || hex.length === 4) hex = [...hex].map((ch) => ch + ch).join('');
    if (hex.length !== 6 && hex.length !== 8) throw new TypeError(`Not a valid hex colour: "${input}"`);
    const n = (/** @type {number} */ i) => parseInt(hex.slice(i, i + 2), 16) / 255;
    return ok({ r: n(0), g: n(2), b: n(4), alpha: hex.length === 8 ? n(6) : 1 });
  }
  m = /^rgba?\((.*)\)$/.exec(s);
  if (m) {
    const a = splitArgs(/** @type {string} */ (m[1]));
    if (a.length < 3 || a.length > 4) throw new TypeError(`Not a valid rgb() colour: "${input}"`);
    const ch = (/** @type {string} */ p) => parseNumberOrPercent(p, 255) / 255;
    return ok({
      r: ch(/** @type {string} */ (a[0])),
      g: ch(/** @type {string} */ (a[1])),
      b: ch(/** @type {string} */ (a[2])),
      alpha: clamp01(parseAlpha(/** @type {string} */ (a[3]))),
    });
  }
  m = /^oklch\((.*)\)$/.exec(s);
  if (m) {
    const a = splitArgs(/** @type {string} */ (m[1]));
    if (a.length < 3 || a.length > 4) throw new TypeError(`Not a valid oklch() colour: "${input}"`);
    const l = parseNumberOrPercent(/** @type {string} */ (a[0]), 1);
    const c = parseNumberOrPercent(/** @type {string} */ (a[1]), 0.4);
    const hs = /** @type {string} */ (a[2]);
    const h = hs === 'none' ? 0 : Number(hs.replace(/deg$/, ''));
    const alpha = clamp01(parseAlpha(/** @type {string} */ (a[3])));
    if (![l, c, h, alpha].every(Number.isFinite)) throw new TypeError(`Not a valid oklch() colour: "${input}"`);
    return oklchToRgb({ l, c, h, alpha });
  }
  throw new TypeError(
    `Not a supported colour: "${input}" (use #rrggbb, rgb(r g b), or oklch(L C H))`,
  );
}

/** @param {number} c gamma-encoded channel */
export function srgbToLinear(c) {
  const a = Math.abs(c);
  const v = a <= 0.04045 ? a / 12.92 : ((a + 0.055) / 1.055) ** 2.4;
  return Math.sign(c) * v;
}

/** @param {number} c linear channel */
export function linearToSrgb(c) {
  const a = Math.abs(c);
  const v = a <= 0.0031308 ? a * 12.92 : 1.055 * a ** (1 / 2.4) - 0.055;
  return Math.sign(c) * v;
}

/**
 * sRGB -> OKLCH (Björn Ottosson's OKLab, 2020 matrices).
 * @param {Rgb} rgb
 * @returns {Oklch}
 */
export function rgbToOklch(rgb) {
  const r = srgbToLinear(rgb.r);
  const g = srgbToLinear(rgb.g);
  const b = srgbToLinear(rgb.b);
  const l_ = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m_ = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s_ = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l_ + 0.793617785 * m_ - 0.0040720468 * s_;
  const A = 1.9779984951 * l_ - 2.428592205 * m_ + 0.4505937099 * s_;
  const B = 0.0259040371 * l_ + 0.7827717662 * m_ - 0.808675766 * s_;
  const c = Math.hypot(A, B);
  let h = (Math.atan2(B, A) * 180) / Math.PI;
  if (h < 0) h += 360;
  // Achromatic colours have no meaningful hue; report 0 so callers can detect it.
  return { l: L, c, h: c < 1e-4 ? 0 : h, alpha: rgb.alpha };
}

/**
 * OKLCH -> sRGB (not gamut mapped; channels may fall outside 0..1).
 * @param {Oklch} lch
 * @returns {Rgb}
 */
export function oklchToRgb(lch) {
  const hr = (lch.h * Math.PI) / 180;
  const A = lch.c * Math.cos(hr);
  const B = lch.c * Math.sin(hr);
  const l_ = lch.l + 0.3963377774 * A + 0.2158037573 * B;
  const m_ = lch.l - 0.1055613458 * A - 0.0638541728 * B;
  const s_ = lch.l - 0.0894841775 * A - 1.291485548 * B;
  const l = l_ ** 3;
  const m = m_ ** 3;
  const s = s_ ** 3;
  return {
    r: linearToSrgb(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: linearToSrgb(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: linearToSrgb(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
    alpha: lch.alpha,
  };
}

/** @param {Rgb} rgb @param {number} [eps] */
export function inGamut(rgb, eps = 1e-6) {
  return [rgb.r, rgb.g, rgb.b].every((v) => v >= -eps && v <= 1 + eps);
}

/**
 * Map an OKLCH colour into the sRGB gamut by reducing chroma at constant lightness and hue
 * (binary search), then clipping the last rounding error. Keeps the lightness the
 * derivation asked for, which is what contrast depends on.
 * @param {Oklch} lch
 * @returns {Rgb}
 */
export function clampToGamut(lch) {
  const l = clamp01(lch.l);
  if (l <= 0) return { r: 0, g: 0, b: 0, alpha: lch.alpha };
  if (l >= 1) return { r: 1, g: 1, b: 1, alpha: lch.alpha };
  let rgb = oklchToRgb({ ...lch, l });
  if (!inGamut(rgb)) {
    let lo = 0;
    let hi = lch.c;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(oklchToRgb({ ...lch, l, c: mid }))) lo = mid;
      else hi = mid;
    }
    rgb = oklchToRgb({ ...lch, l, c: lo });
  }
  return { r: clamp01(rgb.r), g: clamp01(rgb.g), b: clamp01(rgb.b), alpha: lch.alpha };
}

/** @param {number} v */
const hex2 = (v) => Math.round(clamp01(v) * 255).toString(16).padStart(2, '0');

/**
 * Serialise as lowercase `#rrggbb` (or `#rrggbbaa` when translucent). Clips out-of-gamut channels.
 * @param {Rgb} rgb
 */
export function toHex(rgb) {
  const base = `#${hex2(rgb.r)}${hex2(rgb.g)}${hex2(rgb.b)}`;
  return rgb.alpha < 1 ? base + hex2(rgb.alpha) : base;
}

/**
 * Normalise any supported colour string to its 8-bit hex form.
 * @param {string} input
 */
export function normalizeHex(input) {
  return toHex(parseColor(input));
}

/**
 * OKLCH -> gamut-mapped 8-bit hex.
 * @param {number} l @param {number} c @param {number} h @param {number} [alpha]
 */
export function oklchToHex(l, c, h, alpha = 1) {
  return toHex(clampToGamut({ l, c, h, alpha }));
}

/**
 * Parse any supported colour to OKLCH.
 * @param {string} input
 */
export function toOklch(input) {
  return rgbToOklch(parseColor(input));
}

/**
 * Alpha-composite `fg` over an opaque `bg` (both gamma-encoded, as browsers blend).
 * @param {Rgb} fg @param {Rgb} bg
 * @returns {Rgb}
 */
export function composite(fg, bg) {
  const a = fg.alpha;
  return {
    r: fg.r * a + bg.r * (1 - a),
    g: fg.g * a + bg.g * (1 - a),
    b: fg.b * a + bg.b * (1 - a),
    alpha: 1,
  };
}

/**
 * WCAG 2 relative luminance of an opaque colour (translucent input is composited on white).
 * Uses the 8-bit value: the colour is rounded to hex first.
 * @param {string | Rgb} color
 */
export function relativeLuminance(color) {
  let rgb = typeof color === 'string' ? parseColor(color) : color;
  if (rgb.alpha < 1) rgb = composite(rgb, { r: 1, g: 1, b: 1, alpha: 1 });
  const q = (/** @type {number} */ v) => srgbToLinear(Math.round(clamp01(v) * 255) / 255);
  return 0.2126 * q(rgb.r) + 0.7152 * q(rgb.g) + 0.0722 * q(rgb.b);
}

/**
 * WCAG 2 contrast ratio, 1..21. Not rounded: 4.499 fails a 4.5 requirement.
 * @param {string | Rgb} a @param {string | Rgb} b
 */
export function contrastRatio(a, b) {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** Ratio from two luminances (hot path for the solver). @param {number} la @param {number} lb */
export function ratioOfLuminances(la, lb) {
  return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/**
 * Format a ratio for people: truncated (not rounded) to 2 decimals so a printed "4.50" never
 * hides a 4.497.
 * @param {number} ratio
 */
export function formatRatio(ratio) {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}
