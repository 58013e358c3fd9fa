import { expect } from '@open-wc/testing';
import {
  COLOR_ROLES,
  CONTRAST_PAIRS,
  MODES,
  REQUIRED,
  ThemeError,
  brandFromTokens,
  brandSources,
  buildTheme,
  checkTheme,
  contrastRatio,
  describeFailure,
  shippedBrandNames,
  type Mode,
} from '../../src/theme/index.js';

/** The shipped brand's resolved colours, keyed like the pair table ("color-text"). */
function colorsOf(name: string): Record<Mode, Record<string, string>> {
  const built = buildTheme(brandFromTokens(brandSources[name]!, name));
  const strip = (o: Record<string, string>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k.replace(/^--arki-/, ''), v]));
  return { light: strip(built.resolved.modes.light), dark: strip(built.resolved.modes.dark), contrast: strip(built.resolved.modes.contrast) };
}

describe('theme contrast guarantee', () => {
  it('ships the default brand and at least three municipalities', () => {
    const names = shippedBrandNames();
    expect(names[0]).to.equal('arki');
    expect(names).to.include.members(['koivula', 'merilaakso', 'kultala']);
  });

  it('the pair table covers the contract: text 4.5:1 (7:1 in contrast mode), UI 3:1', () => {
    expect(REQUIRED.light).to.deep.equal({ text: 4.5, ui: 3 });
    expect(REQUIRED.dark).to.deep.equal({ text: 4.5, ui: 3 });
    expect(REQUIRED.contrast).to.deep.equal({ text: 7, ui: 3 });
    const has = (fg: string, bg: string, kind: string) =>
      expect(CONTRAST_PAIRS.some((p) => p.fg === fg && p.bg === bg && p.kind === kind), `${fg}/${bg}`).to.equal(true);
    has('color-text', 'color-surface', 'text');
    has('color-text-subtle', 'color-surface-sunken', 'text');
    has('color-text-link', 'color-surface', 'text');
    has('color-action-on-primary', 'color-action-primary', 'text');
    has('color-action-on-primary', 'color-action-primary-hover', 'text');
    has('color-action-on-danger', 'color-action-danger', 'text');
    has('color-action-on-secondary', 'color-action-secondary', 'text');
    for (const s of ['info', 'success', 'warning', 'error']) {
      has(`color-status-${s}-text`, 'color-surface', 'text');
      has(`color-status-${s}-text`, `color-status-${s}-surface`, 'text');
      has(`color-status-${s}-border`, 'color-surface', 'ui');
    }
    has('color-border-strong', 'color-surface', 'ui');
    has('color-focus-ring', 'color-surface', 'ui');
    has('color-focus-ring', 'color-action-primary', 'ui');
    has('color-action-primary', 'color-surface', 'ui');
  });

  for (const name of shippedBrandNames()) {
    it(`brand "${name}" defines every semantic colour and meets every pair in every mode`, () => {
      const modes = colorsOf(name);
      for (const mode of MODES) {
        expect(Object.keys(modes[mode]).sort(), `${name}/${mode} roles`).to.deep.equal([...COLOR_ROLES].sort());
      }
      const { results, failures } = checkTheme({ name, modes });
      expect(results).to.have.length(CONTRAST_PAIRS.length * MODES.length);
      expect(failures.map(describeFailure)).to.deep.equal([]);
      // Independent re-computation of one pair, so the check itself is checked.
      const light = modes.light;
      expect(contrastRatio(light['color-action-on-primary']!, light['color-action-primary']!)).to.be.at.least(4.5);
      expect(contrastRatio(modes.contrast['color-text']!, modes.contrast['color-surface']!)).to.be.at.least(7);
    });
  }

  it('fails a hand-made bad brand, naming pair, brand, mode and ratio', () => {
    const modes = colorsOf('arki');
    modes.light = { ...modes.light, 'color-action-primary': '#ffff66', 'color-action-on-primary': '#ffffff' };
    const { failures } = checkTheme({ name: 'bad-yellow', modes });
    const messages = failures.map(describeFailure);
    expect(messages).to.include(
      'bad-yellow/light: --arki-color-action-on-primary #ffffff on --arki-color-action-primary #ffff66 is 1.06:1, needs 4.5:1',
    );
    expect(messages).to.include(
      'bad-yellow/light: --arki-color-action-primary #ffff66 on --arki-color-surface #ffffff is 1.06:1, needs 3:1',
    );
    // Only the modes that were broken fail.
    expect(failures.every((f) => f.brand === 'bad-yellow' && f.mode === 'light')).to.equal(true);
  });

  it('fails contrast-mode text that would pass in light mode (7:1 rule)', () => {
    const modes = colorsOf('arki');
    modes.contrast = { ...modes.contrast, 'color-text-subtle': '#595959' }; // 7.0:1 on white, 6.6:1 on sunken
    const { failures } = checkTheme({ name: 'soft', modes });
    expect(failures.map(describeFailure)).to.deep.equal([
      `soft/contrast: --arki-color-text-subtle #595959 on --arki-color-surface-sunken ${modes.contrast['color-surface-sunken']} is ${(Math.floor(contrastRatio('#595959', modes.contrast['color-surface-sunken']!) * 100) / 100).toFixed(2)}:1, needs 7:1`,
    ]);
  });

  it('reports a missing token as a failure rather than passing it', () => {
    const modes = colorsOf('arki');
    delete modes.dark['color-focus-ring'];
    const { failures } = checkTheme({ name: 'gap', modes });
    expect(failures.length).to.be.greaterThan(0);
    expect(describeFailure(failures[0]!)).to.match(/^gap\/dark: --arki-color-focus-ring on .*: token missing$/);
  });
});

describe('buildTheme', () => {
  it('keeps a dark label on a light gold and darkens it only to the 3:1 boundary', () => {
    const theme = buildTheme({ name: 'gold', primary: '#ffd700' });
    const light = theme.resolved.modes.light;
    expect(light['--arki-color-action-on-primary']).to.equal('#0a0e11');
    const primary = light['--arki-color-action-primary']!;
    expect(primary).to.not.equal('#ffd700');
    expect(contrastRatio(primary, '#ffffff')).to.be.within(3, 3.2);
    // Dark mode: the gold itself works with a dark label.
    expect(theme.resolved.modes.dark['--arki-color-action-primary']).to.equal('#ffd700');
    expect(theme.adjustments.map((a) => a.message).join('\n')).to.match(/light: --arki-color-action-primary #ffd700 → #[0-9a-f]{6} for 3:1 against surface/);
    expect(theme.contrast.every((r) => r.pass)).to.equal(true);
  });

  it('darkens the gold for white text when the label is pinned to light', () => {
    const theme = buildTheme({ name: 'gold', primary: '#ffd700', onPrimary: 'light' });
    const primary = theme.resolved.modes.light['--arki-color-action-primary']!;
    expect(theme.resolved.modes.light['--arki-color-action-on-primary']).to.equal('#ffffff');
    expect(contrastRatio('#ffffff', primary)).to.be.within(4.5, 4.7);
  });

  it('leaves a brand colour alone when it already meets every pair', () => {
    const theme = buildTheme({ name: 'calm', primary: '#1f5c99' });
    expect(theme.resolved.modes.light['--arki-color-action-primary']).to.equal('#1f5c99');
    expect(theme.adjustments.filter((a) => a.mode === 'light')).to.deep.equal([]);
  });

  it('refuses requests that cannot be met instead of returning a failing theme', () => {
    expect(() => buildTheme({ name: 'gold', primary: '#ffd700', keepPrimary: true })).to.throw(ThemeError, /light mode: #ffd700 cannot be used .* unchanged/);
    expect(() => buildTheme({ name: 'gold', primary: '#ffd700', onPrimary: 'dark' })).to.throw(ThemeError, /contrast mode: .*dark label/);
    expect(() => buildTheme({ name: 'Not Valid', primary: '#123456' })).to.throw(ThemeError, /Brand name/);
    expect(() => buildTheme({ name: 'x', primary: 'blue-ish' })).to.throw(ThemeError, /primary/);
    expect(() => buildTheme({ name: 'x', primary: '#123456', fontFamily: 'Evil"; } body { color: red' })).to.throw(ThemeError, /font/);
  });

  it('produces a stylesheet scoped to the brand, with every mode', () => {
    const { css } = buildTheme({ name: 'meri', primary: '#00838f', fontFamily: 'Source Sans 3, system-ui, sans-serif', radius: { s: '0', m: '2px', l: '0.5rem' } });
    expect(css).to.contain('[data-arki-brand="meri"] {');
    expect(css).to.contain('--arki-font-family-base: "Source Sans 3", system-ui, sans-serif;');
    expect(css).to.contain('--arki-radius-m: 2px;');
    for (const mode of MODES) expect(css).to.contain(`--_arki-${mode}-color-action-primary:`);
    expect(css).to.contain('--_arki-light-color-text: var(--arki-color-neutral-900);');
  });
});
