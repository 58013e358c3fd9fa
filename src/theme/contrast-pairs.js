// @ts-check
/**
 * The contrast contract. Every brand x mode must meet every pair below; the derivation
 * (derive.js) reads this same table to decide which tones to adjust, the build refuses to
 * write a theme that fails it, `npm run contrast` reports on it, and the browser tests check it.
 * Ratios are WCAG 2 contrast ratios computed on the emitted 8-bit colours, never rounded up.
 */

/** @typedef {import('./css.js').Mode} Mode */
/** @typedef {'text' | 'ui'} PairKind text: SC 1.4.3 / 1.4.6 (4.5:1, 7:1 in contrast mode); ui: SC 1.4.11 (3:1) */
/**
 * @typedef {object} ContrastPair
 * @property {string} fg semantic token key (CSS name without `--arki-`)
 * @property {string} bg
 * @property {PairKind} kind
 * @property {string} why
 */
/**
 * @typedef {object} PairResult
 * @property {string} brand
 * @property {Mode} mode
 * @property {string} fg
 * @property {string} bg
 * @property {PairKind} kind
 * @property {string} fgValue
 * @property {string} bgValue
 * @property {number} ratio
 * @property {number} required
 * @property {boolean} pass
 */

import { contrastRatio, formatRatio } from './color.js';

/** Minimum ratios per mode and kind. */
export const REQUIRED = Object.freeze({
  light: Object.freeze({ text: 4.5, ui: 3 }),
  dark: Object.freeze({ text: 4.5, ui: 3 }),
  contrast: Object.freeze({ text: 7, ui: 3 }),
});

const STATUSES = /** @type {const} */ (['info', 'success', 'warning', 'error']);
const SURFACES = ['color-surface', 'color-surface-raised', 'color-surface-sunken'];

/** @param {string} fg @param {string[]} bgs @param {PairKind} kind @param {string} why @returns {ContrastPair[]} */
const against = (fg, bgs, kind, why) => bgs.map((bg) => ({ fg, bg, kind, why }));

/** @type {readonly ContrastPair[]} */
export const CONTRAST_PAIRS = Object.freeze([
  ...against('color-text', SURFACES, 'text', 'body text'),
  ...against('color-text-subtle', SURFACES, 'text', 'secondary text, hints'),
  { fg: 'color-text-inverse', bg: 'color-surface-inverse', kind: 'text', why: 'text on inverse surface' },
  ...against('color-text-link', SURFACES, 'text', 'link text'),
  ...against('color-text-link-hover', ['color-surface', 'color-surface-raised'], 'text', 'hovered link'),
  ...against('color-text-link-visited', ['color-surface', 'color-surface-raised'], 'text', 'visited link'),

  ...against(
    'color-action-on-primary',
    ['color-action-primary', 'color-action-primary-hover', 'color-action-primary-active'],
    'text',
    'label on primary button, every state',
  ),
  ...against(
    'color-action-on-secondary',
    ['color-action-secondary', 'color-action-secondary-hover', 'color-surface', 'color-surface-raised'],
    'text',
    'secondary button label (also usable as its border, or on a transparent secondary button)',
  ),
  ...against('color-action-on-danger', ['color-action-danger', 'color-action-danger-hover'], 'text', 'label on danger button'),
  {
    fg: 'color-action-on-disabled',
    bg: 'color-action-disabled',
    kind: 'text',
    why: 'disabled label (WCAG exempts it; Arki keeps it readable)',
  },
  ...STATUSES.flatMap((s) =>
    against(`color-status-${s}-text`, [...SURFACES.slice(0, 2), `color-status-${s}-surface`], 'text', `${s} message text`),
  ),

  ...against('color-border-strong', SURFACES, 'ui', 'control boundary (inputs, checkboxes)'),
  ...against('color-focus-ring', [...SURFACES, 'color-focus-ring-inner'], 'ui', 'focus indicator vs its surroundings'),
  { fg: 'color-focus-ring', bg: 'color-action-primary', kind: 'ui', why: 'focus indicator next to a primary button' },
  ...STATUSES.map((s) => ({ fg: 'color-focus-ring', bg: `color-status-${s}-surface`, kind: /** @type {PairKind} */ ('ui'), why: `focus indicator inside a ${s} message` })),
  ...against('color-action-primary', ['color-surface', 'color-surface-raised'], 'ui', 'primary button boundary'),
  ...against('color-action-primary-hover', ['color-surface', 'color-surface-raised'], 'ui', 'primary button boundary, hovered'),
  ...against('color-action-primary-active', ['color-surface'], 'ui', 'primary button boundary, pressed'),
  ...against('color-action-danger', ['color-surface', 'color-surface-raised'], 'ui', 'danger button boundary'),
  ...against('color-action-danger-hover', ['color-surface'], 'ui', 'danger button boundary, hovered'),
  ...STATUSES.flatMap((s) => against(`color-status-${s}-border`, SURFACES.slice(0, 2), 'ui', `${s} message boundary`)),
]);

/**
 * Evaluate the pair table on one mode's resolved colours.
 * @param {Record<string, string>} colors key (e.g. "color-text") -> hex
 * @param {{ brand: string, mode: Mode }} where
 * @returns {PairResult[]}
 */
export function evaluatePairs(colors, { brand, mode }) {
  return CONTRAST_PAIRS.map((p) => {
    const fgValue = colors[p.fg];
    const bgValue = colors[p.bg];
    const required = REQUIRED[mode][p.kind];
    const ratio = fgValue && bgValue ? contrastRatio(fgValue, bgValue) : 0;
    return { brand, mode, fg: p.fg, bg: p.bg, kind: p.kind, fgValue: fgValue ?? '(missing)', bgValue: bgValue ?? '(missing)', ratio, required, pass: ratio >= required };
  });
}

/**
 * Check every mode of a resolved theme.
 * @param {{ name: string, modes: Record<Mode, Record<string, string>> }} theme
 * @returns {{ results: PairResult[], failures: PairResult[] }}
 */
export function checkTheme(theme) {
  const results = /** @type {Mode[]} */ (['light', 'dark', 'contrast']).flatMap((mode) =>
    evaluatePairs(theme.modes[mode] ?? {}, { brand: theme.name, mode }),
  );
  return { results, failures: results.filter((r) => !r.pass) };
}

/**
 * One line naming pair, brand, mode and ratio.
 * @param {PairResult} r
 */
export function describeFailure(r) {
  const missing = r.fgValue === '(missing)' || r.bgValue === '(missing)';
  return missing
    ? `${r.brand}/${r.mode}: --arki-${r.fg} on --arki-${r.bg}: token missing`
    : `${r.brand}/${r.mode}: --arki-${r.fg} ${r.fgValue} on --arki-${r.bg} ${r.bgValue} is ${formatRatio(r.ratio)}:1, needs ${r.required}:1`;
}
