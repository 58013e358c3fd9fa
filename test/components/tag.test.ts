import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/tag/tag.js';
import type { ArkiTag } from '../../src/components/tag/tag.js';
import type { ArkiRemoveEvent } from '../../src/events/remove.js';
import { expectAccessible } from '../helpers/a11y.js';

const removeButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('.remove');
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

async function filters() {
  const wrap = await fixture<HTMLElement>(html`<div>
    <h2 id="valitut" tabindex="-1">Valitut suodattimet</h2>
    <ul aria-labelledby="valitut">
      <li><arki-tag removable value="verkko" return-focus="valitut">Verkossa</arki-tag></li>
      <li><arki-tag removable value="puhelin" return-focus="valitut">Puhelimitse</arki-tag></li>
      <li><arki-tag removable value="paikan" return-focus="valitut">Paikan päällä</arki-tag></li>
    </ul>
  </div>`);
  const tags = [...wrap.querySelectorAll('arki-tag')];
  await Promise.all(tags.map((t) => t.updateComplete));
  return { wrap, tags };
}

describe('arki-tag', () => {
  it('is a plain, non-interactive label by default', async () => {
    const el = await fixture<ArkiTag>(html`<arki-tag variant="success">Hyväksytty</arki-tag>`);
    expect(removeButton(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('button, a, [tabindex]')).to.equal(null);
    expect(el.getAttribute('variant')).to.equal('success');
  });

  it('falls back to neutral on an unknown variant, with a warning', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiTag>(html`<arki-tag variant="purple">X</arki-tag>`);
      expect(el.variant).to.equal('neutral');
      expect(warnings.some((w) => w.includes('variant="purple"') && w.includes('<arki-tag>'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('removable: a real button named in the page language, following the text', async () => {
    const el = await fixture<ArkiTag>(html`<arki-tag removable>Verkossa</arki-tag>`);
    expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Poista suodatin: Verkossa');
    el.textContent = 'Chat';
    await nextFrame();
    await el.updateComplete;
    expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Poista suodatin: Chat');
    for (const [lang, name] of [['sv', 'Ta bort filtret: Online'], ['en', 'Remove filter: Online']]) {
      const other = await fixture<ArkiTag>(html`<arki-tag removable lang=${lang}>Online</arki-tag>`);
      expect(removeButton(other)!.getAttribute('aria-label')).to.equal(name);
    }
    const r = removeButton(el)!.getBoundingClientRect();
    expect(Math.round(r.width)).to.be.at.least(24);
    expect(Math.round(r.height)).to.be.at.least(24);
  });

  it('a markup label is text, never HTML', async () => {
    const el = await fixture<ArkiTag>(html`<arki-tag removable>${'<img src=x onerror=alert(1)>'}</arki-tag>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Poista suodatin: <img src=x onerror=alert(1)>');
  });

  it('keyboard: Enter removes, fires arki-remove, focus moves to the next tag, then the previous, then return-focus', async () => {
    const { wrap, tags } = await filters();
    const [a, b, c] = tags as [ArkiTag, ArkiTag, ArkiTag];
    a.focus();
    expect(deepActive()).to.equal(removeButton(a));
    const removed = oneEvent(a, 'arki-remove') as Promise<ArkiRemoveEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await removed;
    expect([e.label, e.value, e.cancelable, e.bubbles, e.composed]).to.deep.equal(['Verkossa', 'verkko', true, true, true]);
    expect(a.hidden).to.equal(true);
    expect(deepActive()).to.equal(removeButton(b));
    c.focus();
    await sendKeys({ press: ' ' });
    expect(c.hidden).to.equal(true);
    expect(deepActive(), 'no next tag: the previous one').to.equal(removeButton(b));
    await sendKeys({ press: 'Enter' });
    expect(deepActive(), 'the last one: return-focus').to.equal(wrap.querySelector('#valitut'));
  });

  it('without return-focus the list takes focus after the last tag', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><ul id="lista"><li><arki-tag removable>Ainoa</arki-tag></li></ul></div>`);
    const tag = wrap.querySelector('arki-tag')!;
    await tag.updateComplete;
    removeButton(tag)!.click();
    const list = wrap.querySelector('#lista')!;
    expect(deepActive()).to.equal(list);
    expect(list.getAttribute('tabindex')).to.equal('-1');
  });

  it('a cancelled arki-remove keeps the tag', async () => {
    const { tags } = await filters();
    tags[0]!.addEventListener('arki-remove', (e) => e.preventDefault());
    tags[0]!.focus();
    removeButton(tags[0]!)!.click();
    expect(tags[0]!.hidden).to.equal(false);
    expect(deepActive()).to.equal(removeButton(tags[0]!));
  });

  it('is accessible: every variant, plain and removable', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      ${['neutral', 'info', 'success', 'warning', 'error'].map((v) => html`<arki-tag variant=${v}>Käsittelyssä</arki-tag> `)}
      <ul>${['neutral', 'info', 'success', 'warning', 'error'].map((v) => html`<li><arki-tag variant=${v} removable>Suodatin ${v}</arki-tag></li>`)}</ul>
    </div>`);
    await expectAccessible(el);
  });
});
