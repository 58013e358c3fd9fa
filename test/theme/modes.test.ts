import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { driverCan } from '../helpers/driver.js';
import { tokensCss } from '../../src/generated/tokens-css.js';
import { brandFromTokens, brandSources, buildTheme, parseColor, type Mode } from '../../src/theme/index.js';

// The generated default tokens (core + brand "arki", layered) plus three brand stylesheets made
// by the same formatter as dist/themes/*.css. Kultala is adopted last, so a source-order bug
// would make it win where koivula is the nearer brand.
const brands = ['koivula', 'merilaakso', 'kultala'] as const;
const built = Object.fromEntries(
  ['arki', ...brands].map((name) => [name, buildTheme(brandFromTokens(brandSources[name]!, name))]),
);

function sheet(text: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
}

let adopted: CSSStyleSheet[] = [];
function adopt(...sheets: CSSStyleSheet[]) {
  adopted = sheets;
  document.adoptedStyleSheets = [...sheets];
}

/** Computed colour of `var(--arki-<token>)` on `el`, as rgb(). */
function colorOf(el: Element, token: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', `var(--arki-${token})`);
  el.appendChild(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const rgb = (hex: string) => {
  const c = parseColor(hex);
  const n = (v: number) => Math.round(v * 255);
  return `rgb(${n(c.r)}, ${n(c.g)}, ${n(c.b)})`;
};
const expected = (brand: string, mode: Mode, token: string) => rgb(built[brand]!.resolved.modes[mode][`--arki-${token}`]!);

describe('brand and mode selection in CSS', () => {
  beforeEach(() => adopt(sheet(tokensCss), ...brands.map((b) => sheet(built[b]!.css))));
  afterEach(() => {
    document.adoptedStyleSheets = [];
    document.documentElement.removeAttribute('data-arki-mode');
    document.documentElement.removeAttribute('data-arki-brand');
  });

  it('applies the default brand in light mode on :root with no attributes', async () => {
    document.documentElement.setAttribute('data-arki-mode', 'light');
    const el = await fixture(html`<div></div>`);
    expect(colorOf(el, 'color-text')).to.equal(expected('arki', 'light', 'color-text'));
    expect(colorOf(el, 'color-action-primary')).to.equal(expected('arki', 'light', 'color-action-primary'));
    expect(getComputedStyle(document.documentElement).colorScheme).to.equal('light');
  });

  it('switches mode on any element, and back again in a nested element', async () => {
    document.documentElement.setAttribute('data-arki-mode', 'light');
    const el = await fixture(html`<section data-arki-mode="dark"><p data-arki-mode="light"></p><div data-arki-mode="contrast"></div></section>`);
    expect(colorOf(el, 'color-surface')).to.equal(expected('arki', 'dark', 'color-surface'));
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(colorOf(el.querySelector('p')!, 'color-surface')).to.equal(expected('arki', 'light', 'color-surface'));
    expect(colorOf(el.querySelector('div')!, 'color-text')).to.equal(expected('arki', 'contrast', 'color-text'));
    expect(colorOf(el.querySelector('div')!, 'color-action-primary')).to.equal(expected('arki', 'contrast', 'color-action-primary'));
  });

  it('combines brand and mode on the same element', async () => {
    const el = await fixture(html`<div data-arki-brand="kultala" data-arki-mode="dark"></div>`);
    expect(colorOf(el, 'color-action-primary')).to.equal(expected('kultala', 'dark', 'color-action-primary'));
    expect(colorOf(el, 'color-action-on-primary')).to.equal(expected('kultala', 'dark', 'color-action-on-primary'));
  });

  it('combines a mode on an ancestor with a brand below it', async () => {
    const el = await fixture(html`<div data-arki-mode="contrast"><div data-arki-brand="koivula"></div></div>`);
    const inner = el.firstElementChild!;
    expect(colorOf(inner, 'color-action-primary')).to.equal(expected('koivula', 'contrast', 'color-action-primary'));
    expect(colorOf(inner, 'color-text-link')).to.equal(expected('koivula', 'contrast', 'color-text-link'));
  });

  it('combines a brand on an ancestor with a mode below it', async () => {
    document.documentElement.setAttribute('data-arki-mode', 'light');
    const el = await fixture(html`<div data-arki-brand="merilaakso"><div data-arki-mode="dark"><span></span></div></div>`);
    expect(colorOf(el, 'color-action-primary')).to.equal(expected('merilaakso', 'light', 'color-action-primary'));
    expect(colorOf(el.querySelector('span')!, 'color-focus-ring')).to.equal(expected('merilaakso', 'dark', 'color-focus-ring'));
  });

  it('uses the nearest brand, not the last stylesheet, and shows two brands side by side', async () => {
    document.documentElement.setAttribute('data-arki-mode', 'light');
    const el = await fixture(html`
      <div>
        <div id="a" data-arki-brand="kultala"><div id="b" data-arki-brand="koivula"><div id="c" data-arki-mode="dark"></div></div></div>
        <div id="d" data-arki-brand="merilaakso"></div>
        <div id="e" data-arki-brand="kultala"><div id="f" data-arki-brand="arki"></div></div>
      </div>`);
    const at = (id: string) => el.querySelector(`#${id}`)!;
    expect(colorOf(at('a'), 'color-action-primary')).to.equal(expected('kultala', 'light', 'color-action-primary'));
    expect(colorOf(at('b'), 'color-action-primary')).to.equal(expected('koivula', 'light', 'color-action-primary'));
    expect(colorOf(at('c'), 'color-action-primary')).to.equal(expected('koivula', 'dark', 'color-action-primary'));
    expect(colorOf(at('d'), 'color-action-primary')).to.equal(expected('merilaakso', 'light', 'color-action-primary'));
    expect(colorOf(at('f'), 'color-action-primary')).to.equal(expected('arki', 'light', 'color-action-primary'));
  });

  it('sets brand-level fonts and radii on the brand element', async () => {
    const el = await fixture(html`<div data-arki-brand="koivula"><div data-arki-brand="kultala"></div></div>`);
    const style = getComputedStyle(el);
    expect(style.getPropertyValue('--arki-radius-m').trim()).to.equal('0.5rem');
    const inner = getComputedStyle(el.firstElementChild!);
    expect(inner.getPropertyValue('--arki-radius-m').trim()).to.equal('0.25rem');
    expect(inner.getPropertyValue('--arki-font-family-heading')).to.contain('Georgia');
    expect(style.getPropertyValue('--arki-space-m').trim()).to.equal('1rem');
  });

  it('lets a brand on <html> win over the default whatever the stylesheet order (unlayered arki.css last)', async () => {
    const unlayered = tokensCss.replace(/^@layer arki\.tokens \{\n/, '').replace(/\}\n$/, '');
    expect(unlayered).to.not.contain('@layer');
    adopt(sheet(built.koivula!.css), sheet(unlayered));
    document.documentElement.setAttribute('data-arki-brand', 'koivula');
    document.documentElement.setAttribute('data-arki-mode', 'dark');
    const el = await fixture(html`<div></div>`);
    expect(colorOf(el, 'color-action-primary')).to.equal(expected('koivula', 'dark', 'color-action-primary'));
    expect(getComputedStyle(el).getPropertyValue('--arki-radius-m').trim()).to.equal('0.5rem');
  });

  it('falls back to the default brand when a brand stylesheet is missing', async () => {
    document.documentElement.setAttribute('data-arki-brand', 'not-loaded');
    document.documentElement.setAttribute('data-arki-mode', 'light');
    const el = await fixture(html`<div data-arki-brand="also-not-loaded"></div>`);
    expect(colorOf(el, 'color-action-primary')).to.equal(expected('arki', 'light', 'color-action-primary'));
  });

  it('keeps the tokens in a layer, so unlayered page CSS wins', async () => {
    document.documentElement.setAttribute('data-arki-mode', 'light');
    adopt(sheet(':root { --arki-color-text: #123456; }'), ...adopted); // earlier in order, but unlayered
    const el = await fixture(html`<div></div>`);
    expect(colorOf(el, 'color-text')).to.equal('rgb(18, 52, 86)');
  });
});

/**
 * The media-query branches, checked in every engine by enabling their rules directly: copy each
 * @media block's rules into a sheet after the base rules, as a matching query would.
 */
function withMediaEnabled(css: string, conditions: string[]): CSSStyleSheet {
  const base = sheet(css);
  const layer = base.cssRules[0] as CSSLayerBlockRule;
  const enabled: string[] = [];
  for (const rule of Array.from(layer.cssRules)) {
    if (rule instanceof CSSMediaRule && conditions.some((c) => rule.media.mediaText.includes(c))) {
      enabled.push(...Array.from(rule.cssRules, (r) => r.cssText));
    }
  }
  expect(enabled.length, `rules for ${conditions.join(', ')}`).to.be.greaterThan(0);
  return sheet(`${css}\n@layer arki.tokens { ${enabled.join('\n')} }`);
}

describe('user preferences in the default tokens', () => {
  afterEach(() => {
    document.adoptedStyleSheets = [];
    document.documentElement.removeAttribute('data-arki-mode');
  });

  it('prefers-color-scheme: dark selects dark mode when :root has no mode', async () => {
    adopt(withMediaEnabled(tokensCss, ['prefers-color-scheme: dark']));
    const el = await fixture(html`<div></div>`);
    expect(colorOf(el, 'color-surface')).to.equal(expected('arki', 'dark', 'color-surface'));
    expect(getComputedStyle(document.documentElement).colorScheme).to.equal('dark');
    document.documentElement.setAttribute('data-arki-mode', 'light');
    expect(colorOf(el, 'color-surface')).to.equal(expected('arki', 'light', 'color-surface'));
  });

  it('prefers-contrast: more wins over dark', async () => {
    adopt(withMediaEnabled(tokensCss, ['prefers-color-scheme: dark', 'prefers-contrast: more']));
    const el = await fixture(html`<div></div>`);
    expect(colorOf(el, 'color-text')).to.equal(expected('arki', 'contrast', 'color-text'));
    expect(colorOf(el, 'color-action-primary')).to.equal(expected('arki', 'contrast', 'color-action-primary'));
  });

  it('prefers-reduced-motion: reduce zeroes every duration', async () => {
    adopt(sheet(tokensCss));
    const before = getComputedStyle(document.documentElement);
    expect(before.getPropertyValue('--arki-motion-duration-base').trim()).to.equal('200ms');
    adopt(withMediaEnabled(tokensCss, ['prefers-reduced-motion: reduce']));
    const after = getComputedStyle(document.documentElement);
    for (const d of ['fast', 'base', 'slow']) expect(after.getPropertyValue(`--arki-motion-duration-${d}`).trim()).to.equal('0ms');
  });

  it('follows real emulated preferences (Chromium: the only driver here that can emulate them)', async function () {
    // Firefox (WebDriver BiDi) and WebKit (WebDriver classic) sessions cannot emulate media
    // features; asking them only logs errors. The rule-level tests above cover those engines.
    if (!driverCan.emulateMedia) this.skip();
    adopt(sheet(tokensCss));
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      const el = await fixture(html`<div></div>`);
      expect(colorOf(el, 'color-surface')).to.equal(expected('arki', 'dark', 'color-surface'));
      expect(getComputedStyle(document.documentElement).getPropertyValue('--arki-motion-duration-fast').trim()).to.equal('0ms');
    } finally {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });
});
