import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { brandFromTokens, brandSources, buildTheme, formatRatio } from '../../src/theme/index.js';
import '../../src/components/button/button.js';

// Foundations are computed live from the same theme library the build and the CLI use, so
// the swatches and ratios shown here are the ones every brand × mode ships with.

type Mode = 'light' | 'dark' | 'contrast';
interface Ctx {
  globals?: { brand?: string; mode?: string };
}

const themes = new Map<string, ReturnType<typeof buildTheme>>();
function theme(brand: string) {
  const name = brand in brandSources ? brand : 'arki';
  if (!themes.has(name)) themes.set(name, buildTheme(brandFromTokens((brandSources as Record<string, never>)[name], name)));
  return themes.get(name)!;
}
const ctxMode = (c: Ctx): Mode => (['light', 'dark', 'contrast'].includes(c.globals?.mode ?? '') ? (c.globals!.mode as Mode) : 'light');
const ctxBrand = (c: Ctx): string => c.globals?.brand ?? 'arki';

const meta: Meta = {
  title: 'Foundations/Tokens',
  parameters: { layout: 'padded' },
  render: () => html``,
};
export default meta;
type Story = StoryObj;

// Text pairs are shown as text; UI pairs (3:1 boundaries, focus ring) as a boundary on the
// background, which is what the ratio is about.
const swatch = (fg: string, bg: string, kind: string) =>
  kind === 'text'
    ? html`<span style=${styleMap({ color: fg, background: bg, border: `1px solid ${fg}`, padding: '0.25rem 0.5rem', display: 'inline-block', minInlineSize: '4rem' })}>Aa 123</span>`
    : html`<span style=${styleMap({ background: bg, padding: '0.375rem', display: 'inline-block' })}
        ><span style=${styleMap({ display: 'block', inlineSize: '3.5rem', blockSize: '1.25rem', border: `3px solid ${fg}`, borderRadius: '4px' })}></span
      ></span>`;

export const ColourRoles: Story = {
  name: 'Colour roles and contrast',
  render: (_args, context) => {
    const mode = ctxMode(context as Ctx);
    const brand = ctxBrand(context as Ctx);
    const t = theme(brand);
    const rows = t.contrast.filter((r) => r.mode === mode);
    return html`<h2>Colour roles: ${brand}, ${mode}</h2>
      <p>
        Every semantic pair, with its measured WCAG contrast ratio and the ratio it must meet. The build and <code>npm test</code>
        fail if any pair of any brand in any mode falls short.
      </p>
      <div class="table-region" role="region" aria-label="Contrast table" tabindex="0" style="overflow-x:auto;max-inline-size:100%">
      <table>
        <caption>
          ${rows.length} pairs, all passing
        </caption>
        <thead>
          <tr><th scope="col">Sample</th><th scope="col">Foreground</th><th scope="col">Background</th><th scope="col">Ratio</th><th scope="col">Required</th></tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <td>${swatch(r.fgValue, r.bgValue, r.kind)}</td>
              <td><code>--arki-${r.fg}</code><br />${r.fgValue}</td>
              <td><code>--arki-${r.bg}</code><br />${r.bgValue}</td>
              <td>${formatRatio(r.ratio)}</td>
              <td>${r.required}:1 (${r.kind})</td>
            </tr>`,
          )}
        </tbody>
      </table>
      </div>`;
  },
};

const sample = (name: string, body: TemplateResult) => html`<div style="display:flex;flex-wrap:wrap;gap:0.25rem 1rem;align-items:center;margin-block:0.75rem">
  <code style="flex:0 1 14rem">${name}</code>${body}
</div>`;

export const Typography: Story = {
  render: () => html`<h2>Type scale</h2>
    <p>Fluid sizes with <code>clamp()</code> in rem: they follow the reader's font-size setting and stay readable at 200% zoom.</p>
    ${['3xl', '2xl', 'xl', 'l', 'm', 's', 'xs'].map((s) =>
      sample(`--arki-font-size-${s}`, html`<span style="font-size:var(--arki-font-size-${s});line-height:var(--arki-line-height-tight)">Kuntalaisen asiointi</span>`),
    )}
    ${['regular', 'semibold', 'bold'].map((w) => sample(`--arki-font-weight-${w}`, html`<span style="font-weight:var(--arki-font-weight-${w})">Päivähoitohakemus</span>`))}`,
};

export const Spacing: Story = {
  render: () => html`<h2>Spacing</h2>
    ${['3xs', '2xs', 'xs', 's', 'm', 'l', 'xl', '2xl', '3xl'].map((s) =>
      sample(`--arki-space-${s}`, html`<span style="display:block;block-size:1rem;inline-size:var(--arki-space-${s});background:var(--arki-color-action-primary)"></span>`),
    )}`,
};

export const RadiusAndElevation: Story = {
  name: 'Radius and elevation',
  render: () => html`<h2>Radius</h2>
    ${['s', 'm', 'l', 'pill'].map((r) =>
      sample(`--arki-radius-${r}`, html`<span style="display:block;block-size:3rem;inline-size:8rem;border:2px solid var(--arki-color-border-strong);border-radius:var(--arki-radius-${r})"></span>`),
    )}
    <h2>Elevation</h2>
    ${['s', 'm', 'l'].map((e) =>
      sample(`--arki-shadow-${e}`, html`<span style="display:block;block-size:3rem;inline-size:8rem;background:var(--arki-color-surface-raised);box-shadow:var(--arki-shadow-${e})"></span>`),
    )}`,
};

export const FocusAndMotion: Story = {
  name: 'Focus ring, target size and motion',
  render: () => html`<h2>Focus ring</h2>
    <p>
      A ring of <code>--arki-focus-ring-width</code> in <code>--arki-color-focus-ring</code>, offset by
      <code>--arki-focus-ring-offset</code> over an inner ring of <code>--arki-color-focus-ring-inner</code>, so it shows on any
      background. Press Tab to see it:
    </p>
    <arki-button>Painike</arki-button> <arki-button variant="secondary">Toinen painike</arki-button>
    <h2>Target size</h2>
    ${sample('--arki-target-size-min', html`<span style="display:block;block-size:var(--arki-target-size-min);inline-size:var(--arki-target-size-min);border:2px solid var(--arki-color-border-strong)"></span>`)}
    ${sample('--arki-target-size-comfortable', html`<span style="display:block;block-size:var(--arki-target-size-comfortable);inline-size:var(--arki-target-size-comfortable);border:2px solid var(--arki-color-border-strong)"></span>`)}
    <h2>Motion</h2>
    <p>Durations are 0 when the reader asks for reduced motion (<code>prefers-reduced-motion: reduce</code>).</p>
    ${['fast', 'base', 'slow'].map((d) => sample(`--arki-motion-duration-${d}`, html`<span>var(--arki-motion-duration-${d})</span>`))}`,
};
