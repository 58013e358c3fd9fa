import { expect, fixture, html } from '@open-wc/testing';

// The package's default entries are the production build: `DEV_MODE` is false there, so the
// base layer's warning code and text are left out, while every attribute check and fallback
// still runs. The `development` export condition points at dist/development/, which warns.
// Both builds are read from dist/ (`npm run build`); nothing from src/ is imported here.

/** The base layer's warning code and its two messages (oneOf's and defineElement's). */
const WARNING_CODE = ['console.warn', '"; using "${', 'another copy of Arki'];

type Button = HTMLElement & { updateComplete: Promise<unknown>; variant: string; size: string; type: string };

/** The module and the chunks of dist/ it imports, transitively, as text (lit is left out). */
async function closure(url: string, seen = new Map<string, string>()): Promise<Map<string, string>> {
  if (seen.has(url)) return seen;
  const text = await (await fetch(url)).text();
  seen.set(url, text);
  // Static imports and re-exports, and dynamic import() (the lazily loaded localisation layer).
  for (const m of text.matchAll(/(?:import|export)\s*(?:\(\s*|[^'"(]*?from\s*)?["']([^"']+)["']/g)) {
    const next = new URL(m[1], new URL(url, location.href)).pathname;
    if (next.startsWith('/dist/')) await closure(next, seen);
  }
  return seen;
}

describe('production and development entries (dist/)', () => {
  let warnings: string[];
  let original: typeof console.warn;

  before(async () => {
    // @ts-expect-error: the built entry has no types at this path
    await import('/dist/components/button/button.js');
  });

  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });

  afterEach(() => {
    console.warn = original;
  });

  it('the production entry falls back from bad attribute values, silently', async () => {
    const el = await fixture<Button>(html`<arki-button variant="primery" size="xl" type="sumbit">Lähetä</arki-button>`);
    expect([el.variant, el.size, el.type]).to.deep.equal(['primary', 'm', 'button']);
    expect(el.getAttribute('variant'), 'the fallback is reflected').to.equal('primary');
    expect(el.shadowRoot!.querySelector('button'), 'renders').to.exist;
    expect(warnings).to.deep.equal([]);
  });

  it('the production entry and its shared chunks carry no warning code or text', async () => {
    const files = await closure('/dist/components/button/button.js');
    expect(files.size, 'the entry imports shared chunks').to.be.above(1);
    expect([...files.keys()].some((url) => url.includes('/localize-')), 'the lazily loaded localisation chunk is followed').to.equal(true);
    for (const [url, text] of files) {
      for (const needle of WARNING_CODE) expect(text.includes(needle), `${url} has "${needle}"`).to.equal(false);
    }
  });

  it('the development entry warns: a second copy of a tag, and a bad attribute value', async () => {
    // @ts-expect-error: the built entry has no types at this path
    const dev = (await import('/dist/development/components/button/button.js')) as { ArkiButton: CustomElementConstructor };
    expect(warnings.filter((w) => w.includes('<arki-button>') && w.includes('another copy of Arki')).length, 'arki-button is taken by the production copy').to.equal(1);
    expect(customElements.get('arki-button'), 'the first copy stays registered').to.not.equal(dev.ArkiButton);

    customElements.define('dev-arki-button', class extends dev.ArkiButton {});
    const el = document.createElement('dev-arki-button') as Button;
    el.setAttribute('variant', 'primery');
    document.body.append(el);
    await el.updateComplete;
    expect(el.variant).to.equal('primary');
    expect(warnings.some((w) => w.includes('unknown variant="primery"') && w.includes('Allowed: primary, secondary, tertiary, danger'))).to.equal(true);
    el.remove();
  });

  it('the single-file bundle keeps the warnings (pages with no build step have no dev mode)', async () => {
    const text = await (await fetch('/dist/arki.bundle.js')).text();
    for (const needle of WARNING_CODE) expect(text.includes(needle), `the bundle has "${needle}"`).to.equal(true);
  });
});
