import { expect, fixture, html } from '@open-wc/testing';

// A page with no build step: it loads only dist/arki.bundle.js (Lit inside, every component
// registered, default tokens installed). Nothing from src/ is imported here.
describe('dist/arki.bundle.js on a plain page', () => {
  before(async () => {
    // @ts-expect-error: the built bundle has no types at this path
    await import('/dist/arki.bundle.js');
  });

  it('registers the components', () => {
    expect(customElements.get('arki-button'), 'arki-button').to.exist;
    expect(customElements.get('arki-icon'), 'arki-icon').to.exist;
  });

  it('installs the default tokens', () => {
    expect(getComputedStyle(document.documentElement).getPropertyValue('--arki-color-action-primary').trim()).to.not.equal('');
  });

  it('a submit button in a plain form submits it with its name and value', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <label for="n">Nimi</label><input id="n" name="nimi" value="Maija" />
      <arki-button type="submit" name="toiminto" value="laheta">Lähetä</arki-button>
    </form>`);
    const button = form.querySelector('arki-button') as HTMLElement & { updateComplete: Promise<unknown> };
    await button.updateComplete;
    let data: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data = new FormData(form, e.submitter);
    });
    button.shadowRoot!.querySelector('button')!.click();
    expect(data?.get('nimi')).to.equal('Maija');
    expect(data?.get('toiminto')).to.equal('laheta');
    const height = button.getBoundingClientRect().height;
    expect(height, 'styled with tokens: 44px target').to.be.at.least(44);
  });

  it('every component in the manifest renders from the bundle (minified templates and styles)', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> };
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
    expect(tags.length, 'tags in the manifest').to.be.above(40);
    for (const tag of tags) {
      const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
      document.body.append(el);
      try {
        expect(customElements.get(tag), `${tag} registered`).to.exist;
        await el.updateComplete; // rejects if the template or the update throws
        expect(el.shadowRoot, `${tag} has a shadow root`).to.exist;
      } finally {
        el.remove();
      }
    }
  });

  it('a link-mode button from the bundle renders its minified template exactly', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<arki-button href="/ohje" target="_blank" rel="author">Ohje</arki-button>`,
    );
    await el.updateComplete;
    const a = el.shadowRoot!.querySelector('a')!;
    expect(a.getAttribute('part')).to.equal('base');
    expect(a.getAttribute('class')).to.equal('button focus-ring');
    expect(a.getAttribute('href')).to.equal('/ohje');
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(a.getAttribute('rel')).to.equal('author noopener noreferrer');
    expect(a.hasAttribute('role') || a.hasAttribute('aria-disabled') || a.hasAttribute('download')).to.equal(false);
    expect(a.textContent!.replace(/\s+/g, ' ').trim()).to.equal('(avautuu uuteen välilehteen)');
  });

  it('loading the bundle twice does not throw (idempotent registration)', async () => {
    // @ts-expect-error: a second copy under another URL, as a CMS page with two widgets would
    await import('/dist/arki.bundle.js?copy=2');
    expect(customElements.get('arki-button')).to.exist;
  });
});
