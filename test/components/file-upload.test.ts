import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/file-upload/file-upload.js';
import type { ArkiFileUpload } from '../../src/components/file-upload/file-upload.js';
import { formatSize, parseAccept, parseSize } from '../../src/components/file-upload/file-rules.js';
import { lastAnnouncement } from '../../src/controllers/announcer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { runFormControlSuite } from '../helpers/form-control-suite.js';

const pdf = (name = 'liite.pdf', bytes = 1200) => new File([new Uint8Array(bytes)], name, { type: 'application/pdf', lastModified: 1 });
const png = (name = 'kuva.png', bytes = 300) => new File([new Uint8Array(bytes)], name, { type: 'image/png', lastModified: 1 });
const exe = (name = 'ohjelma.exe') => new File([new Uint8Array(10)], name, { type: 'application/x-msdownload', lastModified: 1 });

const root = (el: ArkiFileUpload) => el.shadowRoot!;
const input = (el: ArkiFileUpload) => root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
const items = (el: ArkiFileUpload) => [...root(el).querySelectorAll<HTMLLIElement>('.file')];
const names = (el: ArkiFileUpload) => items(el).map((li) => li.querySelector('.file-name')!.textContent);
const removeButtons = (el: ArkiFileUpload) => [...root(el).querySelectorAll<HTMLButtonElement>('.remove')];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const announced = async () => {
  await new Promise((r) => setTimeout(r, 150));
  return lastAnnouncement();
};

/** Chooses files as the browser's picker does: sets the input's files and fires change. */
async function choose(el: ArkiFileUpload, files: File[]): Promise<void> {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  const i = input(el);
  i.files = dt.files;
  i.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  i.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function drag(el: ArkiFileUpload, type: 'dragover' | 'drop', files: File[]): DragEvent {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  const e = new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true, composed: true });
  root(el).querySelector('.zone')!.dispatchEvent(e);
  return e;
}

runFormControlSuite<ArkiFileUpload>({
  tag: 'arki-file-upload',
  markup: (a) => `<arki-file-upload label="Liite" ${a}></arki-file-upload>`,
  setUserValue: (el) => choose(el, [pdf()]),
  expectedValue: ['liite.pdf'],
  focusTarget: input,
});

describe('arki-file-upload', () => {
  it('renders a real file input named by its label and the visible button text, in each locale', async () => {
    for (const [lang, button, drop] of [
      ['fi', 'Valitse tiedosto', 'tai pudota tiedosto tähän'],
      ['sv', 'Välj fil', 'eller släpp filen här'],
      ['en', 'Choose file', 'or drop file here'],
    ]) {
      const el = await fixture<ArkiFileUpload>(html`<arki-file-upload lang=${lang} label="Liite" required></arki-file-upload>`);
      expect(input(el).type).to.equal('file');
      expect(text(root(el).querySelector('.button')!)).to.equal(button);
      expect(text(root(el).querySelector('.drop-text')!)).to.equal(drop);
      const ids = input(el).getAttribute('aria-labelledby')!.split(' ');
      expect(ids.map((id) => text(root(el).getElementById(id)!)).join(' ')).to.contain(`Liite`).and.contain(button);
    }
  });

  it('Tab reaches the native file input, a real focusable control', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liite"></arki-file-upload>`);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(input(el));
    el.blur();
    el.focus();
    expect(root(el).activeElement).to.equal(input(el));
  });

  it('lists chosen files with a localised size and fires input and change', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liite" name="liite"></arki-file-upload>`);
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    await choose(el, [pdf('liite.pdf', 1_234_567)]);
    expect(names(el)).to.deep.equal(['liite.pdf']);
    expect(text(items(el)[0]!.querySelector('.file-size')!)).to.equal('1,2 Mt');
    expect(events).to.deep.equal(['input', 'change']);
    expect(input(el).value, 'the native input is emptied so the same file can be chosen again').to.equal('');
    el.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(items(el)[0]!.querySelector('.file-size')!)).to.equal('1.2 MB');
  });

  it('a programmatic addFiles fires no events', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liite" multiple></arki-file-upload>`);
    let events = 0;
    el.addEventListener('change', () => events++);
    el.addFiles([pdf(), png()]);
    await el.updateComplete;
    expect(el.files.map((f) => f.name)).to.deep.equal(['liite.pdf', 'kuva.png']);
    expect(events).to.equal(0);
  });

  it('multiple: further choices are appended (duplicates skipped), all in FormData under the name', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-file-upload label="Liitteet" name="liitteet" multiple></arki-file-upload></form>`);
    const el = form.querySelector('arki-file-upload')!;
    await el.updateComplete;
    await choose(el, [pdf('a.pdf'), pdf('b.pdf')]);
    await choose(el, [pdf('b.pdf'), png('c.png')]);
    expect(names(el)).to.deep.equal(['a.pdf', 'b.pdf', 'c.png']);
    const entries = new FormData(form).getAll('liitteet');
    expect(entries.map((f) => (f as File).name)).to.deep.equal(['a.pdf', 'b.pdf', 'c.png']);
    expect(entries.every((f) => f instanceof File)).to.equal(true);
  });

  it('single: a new choice replaces the file', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liite" name="liite"></arki-file-upload>`);
    await choose(el, [pdf('a.pdf')]);
    await choose(el, [pdf('b.pdf')]);
    expect(names(el)).to.deep.equal(['b.pdf']);
  });

  it('announces additions and rejections politely', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liite" multiple accept=".pdf"></arki-file-upload>`);
    await choose(el, [pdf('a.pdf'), pdf('b.pdf')]);
    expect(await announced()).to.equal('2 tiedostoa lisätty');
    await choose(el, [pdf('c.pdf'), exe()]);
    expect(await announced()).to.equal('1 tiedosto lisätty. 1 tiedosto ei kelpaa');
  });

  it('wrong type: a per-file error with the file, other files kept and submitted, submit blocked until removed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-file-upload label="Liite" name="liite" multiple accept="application/pdf,.png"></arki-file-upload></form>`);
    const el = form.querySelector('arki-file-upload')!;
    await el.updateComplete;
    await choose(el, [pdf(), exe(), png()]);
    expect(names(el)).to.deep.equal(['liite.pdf', 'ohjelma.exe', 'kuva.png']);
    const bad = items(el)[1]!;
    expect(bad.hasAttribute('data-invalid')).to.equal(true);
    const error = bad.querySelector('.file-error')!;
    expect(text(error)).to.equal('Virhe: Tiedoston ohjelma.exe on oltava tyyppiä PDF tai PNG');
    expect(bad.querySelector('.remove')!.getAttribute('aria-describedby')).to.equal(error.id);
    expect(input(el).getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('[part~="error"]'), 'no duplicate of the per-file error above the zone').to.equal(null);
    expect(new FormData(form).getAll('liite').map((f) => (f as File).name)).to.deep.equal(['liite.pdf', 'kuva.png']);
    expect(el.validity.typeMismatch).to.equal(true);
    expect(el.validationMessage).to.equal('Tiedoston ohjelma.exe on oltava tyyppiä PDF tai PNG');
    expect(form.checkValidity()).to.equal(false);
    removeButtons(el)[1]!.click();
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(names(el)).to.deep.equal(['liite.pdf', 'kuva.png']);
  });

  it('wildcards and extensions in accept; files without a type are judged by extension', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Kuvat" multiple accept="image/*,.pdf"></arki-file-upload>`);
    const untyped = new File(['x'], 'skannaus.PDF', { type: '' });
    await choose(el, [png(), new File(['x'], 'kuva.jpg', { type: 'image/jpeg' }), untyped, exe()]);
    expect(items(el).map((li) => li.hasAttribute('data-invalid'))).to.deep.equal([false, false, false, true]);
    expect(input(el).accept).to.equal('image/*,.pdf');
    expect(text(items(el)[3]!.querySelector('.file-error')!)).to.contain('kuva tai PDF');
  });

  it('max-size: a 50 MB file is refused from its metadata alone, at once, without reading it', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liite" name="liite" max-size="10MB" lang="en"></arki-file-upload>`);
    const big = new File([new ArrayBuffer(50 * 1024 * 1024)], 'video.pdf', { type: 'application/pdf' });
    // WebKit registers a constructed blob on its first `size` read (~0.5 s); a picked file is
    // disk-backed and has none of that. Pay it outside the timed part.
    expect(big.size).to.equal(52_428_800);
    const reads: string[] = [];
    const patched: Array<[object, string, unknown]> = [];
    for (const [proto, keys] of [
      [Blob.prototype, ['arrayBuffer', 'text', 'stream', 'slice', 'bytes']],
      [FileReader.prototype, ['readAsArrayBuffer', 'readAsDataURL', 'readAsText', 'readAsBinaryString']],
    ] as const) {
      for (const key of keys) {
        const p = proto as unknown as Record<string, unknown>;
        if (!(key in p)) continue;
        patched.push([p, key, p[key]]);
        p[key] = () => { reads.push(key); throw new Error('read'); };
      }
    }
    // The picker's part (putting the file in the input) is the browser's; time only ours.
    const dt = new DataTransfer();
    dt.items.add(big);
    input(el).files = dt.files;
    const start = performance.now();
    try {
      input(el).dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    } finally {
      for (const [p, key, original] of patched) (p as Record<string, unknown>)[key] = original;
    }
    const elapsed = performance.now() - start;
    expect(reads).to.deep.equal([]);
    expect(elapsed).to.be.below(500);
    expect(text(items(el)[0]!.querySelector('.file-error')!)).to.equal('Error: The file video.pdf must be 10 MB or smaller');
    expect(text(items(el)[0]!.querySelector('.file-size')!)).to.equal('52.4 MB');
    expect(el.files).to.deep.equal([]);
    expect(el.validity.rangeOverflow).to.equal(true);
  });

  it('refuses empty files', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liite"></arki-file-upload>`);
    await choose(el, [new File([], 'tyhja.pdf', { type: 'application/pdf' })]);
    expect(text(items(el)[0]!.querySelector('.file-error')!)).to.contain('Tiedosto tyhja.pdf on tyhjä');
  });

  it('max-files: files over the limit get their own error; the status says the limit is reached', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-file-upload label="Liitteet" name="l" multiple max-files="2"></arki-file-upload></form>`);
    const el = form.querySelector('arki-file-upload')!;
    await el.updateComplete;
    await choose(el, [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    expect(new FormData(form).getAll('l').map((f) => (f as File).name)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(text(items(el)[2]!.querySelector('.file-error')!)).to.contain('Tiedostoa c.pdf ei lisätty: voit valita enintään 2 tiedostoa');
    expect(text(root(el).querySelector('.status')!)).to.equal('Olet valinnut enimmäismäärän tiedostoja (2)');
    // Removing an accepted file makes room for the waiting one.
    removeButtons(el)[0]!.click();
    await el.updateComplete;
    expect(new FormData(form).getAll('l').map((f) => (f as File).name)).to.deep.equal(['b.pdf', 'c.pdf']);
    expect(el.validity.valid).to.equal(true);
  });

  it('remove: named button, announcement, focus to the next remove button, then to the choose button', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liitteet" multiple></arki-file-upload>`);
    await choose(el, [pdf('a.pdf'), pdf('b.pdf')]);
    expect(text(removeButtons(el)[0]!)).to.equal('Poista tiedosto a.pdf');
    let changes = 0;
    el.addEventListener('change', () => changes++);
    removeButtons(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(names(el)).to.deep.equal(['b.pdf']);
    expect(changes).to.equal(1);
    expect(root(el).activeElement).to.equal(removeButtons(el)[0]);
    expect(await announced()).to.equal('Tiedosto a.pdf poistettu');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(names(el)).to.deep.equal([]);
    expect(root(el).activeElement).to.equal(input(el));
  });

  it('a file name with markup is rendered as text', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liite" accept=".png"></arki-file-upload>`);
    const name = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">.pdf';
    await choose(el, [new File(['x'], name, { type: 'application/pdf' })]);
    expect(root(el).querySelector('script, img')).to.equal(null);
    expect(names(el)).to.deep.equal([name]);
    expect(text(items(el)[0]!.querySelector('.file-error')!)).to.contain(name);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('drag and drop adds files; the drop zone only enhances the button', async () => {
    const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liitteet" multiple></arki-file-upload>`);
    const over = drag(el, 'dragover', [pdf()]);
    expect(over.defaultPrevented, 'dragover accepted').to.equal(true);
    await el.updateComplete;
    expect(root(el).querySelector('.zone')!.hasAttribute('data-dragging')).to.equal(true);
    const drop = drag(el, 'drop', [pdf('a.pdf'), png()]);
    await el.updateComplete;
    expect(drop.defaultPrevented, 'the browser does not open the file').to.equal(true);
    expect(root(el).querySelector('.zone')!.hasAttribute('data-dragging')).to.equal(false);
    expect(names(el)).to.deep.equal(['a.pdf', 'kuva.png']);
  });

  it('disabled and readonly: no drops, no removal; readonly still submits', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-file-upload label="Liite" name="l" multiple></arki-file-upload></form>`);
    const el = form.querySelector('arki-file-upload')!;
    await el.updateComplete;
    await choose(el, [pdf()]);
    el.disabled = true;
    await el.updateComplete;
    drag(el, 'drop', [png()]);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['liite.pdf']);
    expect(removeButtons(el)[0]!.disabled).to.equal(true);
    el.disabled = false;
    el.readonly = true;
    await el.updateComplete;
    expect(removeButtons(el)).to.deep.equal([]);
    expect(input(el).disabled, 'read-only is not disabled').to.equal(false);
    drag(el, 'drop', [png()]);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['liite.pdf']);
    expect(new FormData(form).getAll('l').length).to.equal(1);
  });

  it('readonly: Tab reaches the choose button, which says it is read-only (fi, sv, en) and opens nothing', async () => {
    for (const [lang, note] of [
      ['fi', 'Vain luku: tiedostoja ei voi lisätä eikä poistaa.'],
      ['sv', 'Skrivskyddat: filer kan inte läggas till eller tas bort.'],
      ['en', 'Read-only: files cannot be added or removed.'],
    ]) {
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><button>Ennen</button><arki-file-upload label="Liite" readonly></arki-file-upload></div>`);
      const el = wrap.querySelector('arki-file-upload')!;
      el.addFiles([pdf()]);
      await el.updateComplete;
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement === input(el), 'Tab reaches the choose button').to.equal(true);
      const description = input(el).getAttribute('aria-describedby')!.split(' ').map((id) => text(root(el).getElementById(id)!)).join(' ');
      expect(description).to.contain(note);
      expect(text(root(el).querySelector('.status')!), 'the note is visible too').to.contain(note);
      expect(names(el), 'the files stay listed').to.deep.equal(['liite.pdf']);
      let prevented: boolean | undefined;
      el.addEventListener('click', (e) => (prevented = e.defaultPrevented), { once: true });
      input(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      expect(prevented, 'a click does not open the file chooser').to.equal(true);
      for (const key of ['Enter', ' ']) {
        const down = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
        input(el).dispatchEvent(down);
        expect(down.defaultPrevented, `${key === ' ' ? 'Space' : key} does not open it either`).to.equal(true);
      }
      await choose(el, [png()]);
      expect(names(el), 'nothing chosen is added').to.deep.equal(['liite.pdf']);
    }
  });

  it('required: "Valitse tiedosto" message naming the field, in each locale', async () => {
    for (const [lang, message] of [['fi', 'Valitse tiedosto: Liite'], ['sv', 'Välj fil: Liite'], ['en', 'Select a file: Liite']]) {
      const el = await fixture<ArkiFileUpload>(html`<arki-file-upload lang=${lang} label="Liite" required></arki-file-upload>`);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(message);
      expect(text(root(el).querySelector('.label')!)).to.contain('Liite (');
    }
  });

  it('bad attribute values warn once and fall back safely', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<ArkiFileUpload>(html`<arki-file-upload label="Liite" max-size="paljon" accept="pdf" max-files="-1" multiple></arki-file-upload>`);
      await choose(el, [pdf('iso.pdf', 5_000_000), pdf('b.pdf'), pdf('c.pdf')]);
      expect(el.files.length, 'no size or count limit applies').to.equal(3);
      expect(input(el).accept, '"pdf" read as ".pdf"').to.equal('.pdf');
      expect(warnings.some((w) => w.includes('max-size="paljon"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('accept') && w.includes('pdf'))).to.equal(true);
      expect(warnings.some((w) => w.includes('max-files="-1"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('parses sizes and formats them per locale', () => {
    expect(parseSize('10MB')).to.equal(10_000_000);
    expect(parseSize('1,5 Mt')).to.equal(1_500_000);
    expect(parseSize('2MiB')).to.equal(2 * 1024 * 1024);
    expect(parseSize('500kB')).to.equal(500_000);
    expect(parseSize(2048)).to.equal(2048);
    expect(parseSize('12 parsecs')).to.be.NaN;
    expect(parseSize('')).to.equal(undefined);
    expect(formatSize(512, ['t', 'kt', 'Mt', 'Gt'], 'fi')).to.equal('512\u00a0t');
    expect(formatSize(999_960, ['B', 'kB', 'MB', 'GB'], 'en')).to.equal('1\u00a0MB');
    expect(formatSize(1_250_000_000, ['B', 'kB', 'MB', 'GB'], 'sv')).to.equal('1,3\u00a0GB');
    expect(parseAccept('image/*, .PDF, application/pdf, ???').bad).to.deep.equal(['???']);
  });

  it('form reset empties the list', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><arki-file-upload label="Liite" name="l"></arki-file-upload></form>`);
    const el = form.querySelector('arki-file-upload')!;
    await el.updateComplete;
    await choose(el, [pdf()]);
    form.reset();
    await el.updateComplete;
    expect(items(el)).to.deep.equal([]);
    expect(text(root(el).querySelector('.status')!)).to.equal('Ei valittua tiedostoa');
  });

  it('is accessible: with files, per-file errors, max files reached, disabled, readonly, error from outside', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <arki-file-upload label="Liitteet" hint="PDF, enintään 10 Mt" multiple max-files="2" accept=".pdf" max-size="10MB"></arki-file-upload>
      <arki-file-upload label="Liite 2" error="Palvelin ei hyväksynyt tiedostoa"></arki-file-upload>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('arki-file-upload')] as ArkiFileUpload[];
    await choose(a!, [pdf('a.pdf'), exe(), pdf('c.pdf'), pdf('d.pdf')]);
    await b!.updateComplete;
    await expectAccessible(wrap);
    a!.disabled = true;
    b!.readonly = true;
    b!.addFiles([pdf()]);
    await a!.updateComplete;
    await b!.updateComplete;
    await expectAccessible(wrap);
  });
});
