import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { brandFromTokens, brandSources, buildTheme } from '../../src/theme/index.js';
import '../../src/components/button/button.js';
import '../../src/components/icon/icon.js';

// Each brand's theme is built in the page by the same library as the CLI and adopted as a
// stylesheet, so this page shows what `dist/themes/<brand>.css` gives, in every mode.
let adopted = false;
function adoptBrands(): void {
  if (adopted) return;
  adopted = true;
  const sheets = Object.entries(brandSources).map(([name, doc]) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(buildTheme(brandFromTokens(doc as never, name)).css);
    return sheet;
  });
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
}

const meta: Meta = {
  title: 'Foundations/Brands side by side',
  parameters: { layout: 'fullscreen' },
  render: () => {
    adoptBrands();
    return html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;padding:1rem">
      ${Object.keys(brandSources).map(
        (b) => html`<section
          data-arki-brand=${b}
          aria-label=${`${b}: Pysäköintitunnus asukkaille`}
          style="background:var(--arki-color-surface);color:var(--arki-color-text);font-family:var(--arki-font-family-base);padding:1rem;border:1px solid var(--arki-color-border);border-radius:var(--arki-radius-m)"
        >
          <p style="margin:0;color:var(--arki-color-text-subtle)">Brand: <code>${b}</code></p>
          <h2 lang="fi" style="font-family:var(--arki-font-family-heading);font-size:var(--arki-font-size-xl);margin-block:0.5rem;overflow-wrap:anywhere;hyphens:auto">Pysäköintitunnus asukkaille</h2>
          <p>Hae asukaspysäköintitunnusta verkossa. Tarvitset ajoneuvon rekisteriotteen. <a href="#ohjeet" style="color:var(--arki-color-text-link)">Lue hakuohjeet</a></p>
          <p
            style="display:flex;gap:0.5rem;align-items:flex-start;padding:0.75rem;background:var(--arki-color-status-info-surface);color:var(--arki-color-status-info-text);border-inline-start:4px solid var(--arki-color-status-info-border)"
          >
            <arki-icon name="info"></arki-icon> Käsittelyaika on noin kaksi viikkoa.
          </p>
          <div style="display:flex;gap:0.5rem;flex-wrap:wrap">
            <arki-button>Asioi verkossa</arki-button>
            <arki-button variant="secondary">Tulosta lomake</arki-button>
          </div>
        </section>`,
      )}
    </div>`;
  },
};
export default meta;
export const ServicePageInEveryBrand: StoryObj = { name: 'A service page in every brand' };
