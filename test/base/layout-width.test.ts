import { expect, fixture, html } from '@open-wc/testing';
import { layoutWidth } from '../../src/base/layout-width.js';

describe('layoutWidth (collapse-below of arki-header and arki-breadcrumb)', () => {
  afterEach(() => {
    document.documentElement.style.overflowY = '';
  });

  it('is the element’s width when the page has no scrollbar', async () => {
    const el = await fixture<HTMLElement>(html`<div style="inline-size: 300px"></div>`);
    document.documentElement.style.overflowY = 'hidden';
    expect(layoutWidth(el)).to.equal(el.getBoundingClientRect().width);
  });

  it('adds the page’s scrollbar, so a full-width element measures the whole viewport with or without one', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    document.body.style.margin = '0';
    try {
      document.documentElement.style.overflowY = 'hidden';
      const without = layoutWidth(el);
      document.documentElement.style.overflowY = 'scroll';
      const scrollbar = window.innerWidth - document.documentElement.clientWidth;
      expect(el.getBoundingClientRect().width, 'the scrollbar takes its room from the element').to.equal(without - scrollbar);
      expect(layoutWidth(el)).to.equal(without);
      expect(without).to.equal(window.innerWidth);
    } finally {
      document.body.style.margin = '';
    }
  });
});
