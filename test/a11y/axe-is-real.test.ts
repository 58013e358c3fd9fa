import { expect, fixture, html } from '@open-wc/testing';
import { runAxe } from '../helpers/a11y.js';

// Proof that the accessibility checks can fail: each broken fixture must produce the named
// violation with the project's axe configuration. If axe were misconfigured (rules off,
// wrong tags, never run), these tests would fail.
describe('axe configuration catches broken fixtures', () => {
  it('an unlabelled input → label', async () => {
    const el = await fixture(html`<div><input type="text" /></div>`);
    const { violations } = await runAxe(el);
    expect(violations.map((v) => v.id)).to.include('label');
  });

  it('an unlabelled input inside an open shadow root → label', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = '<input type="text">';
    const { violations } = await runAxe(el);
    expect(violations.map((v) => v.id)).to.include('label');
  });

  it('a 12×12 px button crowded by another → target-size (enabled explicitly)', async () => {
    const el = await fixture(html`<div>
      <button aria-label="a" style="all:unset;display:inline-block;width:12px;height:12px;background:#000"></button><button aria-label="b" style="all:unset;display:inline-block;width:12px;height:12px;background:#000"></button>
    </div>`);
    const { violations } = await runAxe(el);
    expect(violations.map((v) => v.id)).to.include('target-size');
  });

  it('grey on white text → color-contrast', async () => {
    const el = await fixture(html`<div style="background:#fff"><p style="color:#aaa;background:#fff">Heikko kontrasti</p></div>`);
    const { violations } = await runAxe(el);
    expect(violations.map((v) => v.id)).to.include('color-contrast');
  });
});
