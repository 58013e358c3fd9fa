import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/timeout-warning/timeout-warning.js';
import type { ArkiTimeoutWarning } from '../../src/components/timeout-warning/timeout-warning.js';
import type { ArkiTimeoutExtendEvent } from '../../src/events/timeout.js';
import type { ArkiDialog } from '../../src/components/dialog/dialog.js';
import { announcementDue, splitDuration } from '../../src/components/timeout-warning/schedule.js';
import { timeoutWarningStrings } from '../../src/i18n/timeout-warning.js';
import { lastAnnouncement } from '../../src/controllers/announcer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { announced } from '../helpers/announcements.js';

const START = new Date('2025-05-05T10:00:00+03:00').getTime();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dialog = (el: ArkiTimeoutWarning) => el.shadowRoot!.querySelector<ArkiDialog>('arki-dialog')!;
const native = (el: ArkiTimeoutWarning) => dialog(el).shadowRoot!.querySelector('dialog')!;
const countdown = (el: ArkiTimeoutWarning) => el.shadowRoot!.querySelector('[part="countdown"]')?.textContent ?? '';
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
/** The focused control, named by its text (an arki-button's inner button by the arki-button's text). */
const focused = (): string => {
  const a = deepActive();
  const root = a?.getRootNode();
  const host = root instanceof ShadowRoot && root.host.localName === 'arki-button' ? root.host : a;
  return host ? `${host.localName}${host.id ? `#${host.id}` : ''} ${host.textContent?.trim() ?? ''}`.trim() : 'nothing';
};

/** Waits (at most a second) for a dialog's fade-in to end: axe would measure half-faded colours. */
async function animationsDone(target: Element): Promise<void> {
  const finite = target.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
  await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 1000))]);
}

async function page(attrs: { timeout?: number; warnBefore?: number; expiresAt?: string } = { timeout: 600, warnBefore: 180 }) {
  const clock = { now: START };
  const wrap = await fixture<HTMLElement>(html`<div>
    <label for="name">Nimi</label><input id="name" value="" />
    <arki-timeout-warning
      .timeout=${attrs.timeout}
      .warnBefore=${attrs.warnBefore ?? 120}
      .expiresAt=${attrs.expiresAt}
      .clock=${() => new Date(clock.now)}
    ></arki-timeout-warning>
  </div>`);
  const el = wrap.querySelector('arki-timeout-warning')!;
  await el.updateComplete;
  const input = wrap.querySelector('input')!;
  /** Moves the injected clock to `seconds` after the start and reads it. */
  const at = async (seconds: number) => {
    clock.now = START + seconds * 1000;
    el.check();
    await el.updateComplete;
    await dialog(el).updateComplete;
    await wait(0);
  };
  return { wrap, el, input, clock, at };
}

describe('arki-timeout-warning', () => {
  afterEach(() => {
    // Close before the fixture goes: an open modal left behind would make the page inert.
    document.querySelectorAll('arki-timeout-warning').forEach((t) => t.shadowRoot?.querySelector<ArkiDialog>('arki-dialog')?.close());
  });

  it('shows nothing until warn-before seconds are left, then opens a modal dialog with the countdown; focus on "Jatka istuntoa"', async () => {
    const { el, input, at } = await page();
    input.focus();
    await at(400);
    expect(native(el).open).to.equal(false);
    expect(el.remaining).to.equal(200);
    await at(420);
    expect(native(el).open).to.equal(true);
    expect(native(el).matches(':modal')).to.equal(true);
    expect(dialog(el).heading).to.equal('Istuntosi on päättymässä');
    expect(countdown(el)).to.equal('Istuntosi päättyy 3 minuutin kuluttua.');
    await wait(150);
    await announced('Istuntosi on päättymässä. Istuntosi päättyy 3 minuutin kuluttua.');
    await dialog(el).updateComplete;
    expect(focused()).to.equal('arki-button Jatka istuntoa');
    await animationsDone(native(el));
    await expectAccessible(native(el));
    await at(495);
    expect(countdown(el), 'visible every second').to.equal('Istuntosi päättyy 1 minuutin ja 45 sekunnin kuluttua.');
  });

  it('announces at opening, each whole minute, and at 30 and 10 seconds — not every second', async () => {
    const { at } = await page();
    await at(420);
    await wait(150);
    const spoken: Array<[number, string]> = [];
    for (let left = 179; left >= 1; left--) {
      await at(600 - left);
      // announce() clears the region at once and fills it a moment later.
      if (lastAnnouncement() === '') {
        await wait(150);
        spoken.push([left, lastAnnouncement()]);
      }
    }
    expect(spoken).to.deep.equal([
      [120, 'Istuntosi päättyy 2 minuutin kuluttua.'],
      [60, 'Istuntosi päättyy 1 minuutin kuluttua.'],
      [30, 'Istuntosi päättyy 30 sekunnin kuluttua.'],
      [10, 'Istuntosi päättyy 10 sekunnin kuluttua.'],
    ]);
  });

  it('announces once, with the real time left, when readings skip seconds (a sleeping device)', async () => {
    const { at } = await page();
    await at(420);
    await wait(150);
    await at(580);
    expect(lastAnnouncement(), 'written after a pause, not at once').to.equal('');
    await wait(150);
    await announced('Istuntosi päättyy 20 sekunnin kuluttua.');
  });

  it('"Jatka istuntoa" fires arki-timeout-extend, closes, restarts the timer and returns focus', async () => {
    const { el, input, at } = await page();
    input.focus();
    await at(500);
    const events: ArkiTimeoutExtendEvent[] = [];
    el.addEventListener('arki-timeout-extend', (e) => events.push(e));
    await sendKeys({ press: 'Enter' });
    await at(500);
    expect(events.length).to.equal(1);
    expect(events[0]!.remaining).to.equal(100);
    expect(native(el).open).to.equal(false);
    expect(el.remaining).to.equal(600);
    expect(focused()).to.equal('input#name');
    await wait(150);
    await announced('Istuntoa jatkettiin.');
  });

  it('Esc counts as continuing the session', async () => {
    const { el, at } = await page();
    await at(500);
    let fired = 0;
    el.addEventListener('arki-timeout-extend', () => fired++);
    await sendKeys({ press: 'Escape' });
    await at(500);
    expect(fired).to.equal(1);
    expect(native(el).open).to.equal(false);
    expect(el.remaining).to.equal(600);
  });

  it('waitUntil: progress while the server answers; resolving with a new end time restarts from it', async () => {
    const { el, at } = await page();
    await at(500);
    let resolve!: (v: string) => void;
    el.addEventListener('arki-timeout-extend', (e) => e.waitUntil(new Promise<string>((r) => (resolve = r))));
    const button = el.shadowRoot!.querySelector('[part="continue"]')!;
    button.shadowRoot!.querySelector('button')!.click();
    await at(501);
    expect(button.shadowRoot!.querySelector('button')!.getAttribute('aria-disabled')).to.equal('true');
    button.shadowRoot!.querySelector('button')!.click();
    resolve(new Date(START + 3600_000).toISOString());
    await at(502);
    expect(native(el).open).to.equal(false);
    expect(el.endsAt!.getTime()).to.equal(START + 3600_000);
  });

  it('a failed extension keeps the dialog open with an error; the page can also take over with preventDefault + reset()', async () => {
    const { el, at } = await page();
    await at(500);
    let fail = true;
    el.addEventListener('arki-timeout-extend', (e) => {
      if (fail) e.waitUntil(Promise.reject(new Error('503')));
      else e.preventDefault();
    });
    const click = () => el.shadowRoot!.querySelector('[part="continue"]')!.shadowRoot!.querySelector('button')!.click();
    click();
    await at(501);
    await wait(0);
    await el.updateComplete;
    expect(native(el).open).to.equal(true);
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('ei onnistunut');
    await animationsDone(native(el));
    await expectAccessible(native(el));
    fail = false;
    click();
    await at(502);
    expect(native(el).open, 'prevented: stays open').to.equal(true);
    el.reset();
    await at(502);
    expect(native(el).open).to.equal(false);
    expect(el.remaining).to.equal(600);
  });

  it('at the end fires arki-timeout once, says the typed data is still there, and never clears or navigates', async () => {
    const { el, input, at } = await page();
    input.value = 'Maija Meikäläinen';
    const href = location.href;
    await at(500);
    let timeouts = 0;
    el.addEventListener('arki-timeout', () => timeouts++);
    await at(600);
    await at(601);
    expect(timeouts).to.equal(1);
    expect(dialog(el).heading).to.equal('Istuntosi on päättynyt');
    expect(el.shadowRoot!.textContent).to.contain('Kirjoittamasi tiedot ovat yhä tällä sivulla');
    await wait(150);
    expect(lastAnnouncement('assertive')).to.contain('Istuntosi on päättynyt');
    await animationsDone(native(el));
    await expectAccessible(native(el));
    el.shadowRoot!.querySelector<HTMLElement>('.close')!.shadowRoot!.querySelector('button')!.click();
    await at(602);
    expect(native(el).open).to.equal(false);
    expect(input.value).to.equal('Maija Meikäläinen');
    expect(location.href).to.equal(href);
  });

  it('when the time runs out while the warning is open, focus moves to "Sulje" and the end is announced once', async () => {
    const { el, at } = await page();
    await at(500);
    await dialog(el).updateComplete;
    expect(focused()).to.equal('arki-button Jatka istuntoa');
    // Sample the assertive region: each time it fills with the end message counts as one announcement.
    const expired = 'Istuntosi on päättynyt. Kirjoittamasi tiedot ovat yhä tällä sivulla';
    let spoken = 0;
    let last = lastAnnouncement('assertive');
    const sampler = setInterval(() => {
      const now = lastAnnouncement('assertive');
      if (now !== last && now.startsWith(expired)) spoken++;
      last = now;
    }, 10);
    try {
      await at(600);
      await at(601);
      await wait(50);
      expect(dialog(el).heading).to.equal('Istuntosi on päättynyt');
      expect(focused(), 'focus is on the new primary action, not lost').to.equal('arki-button Sulje');
      await wait(400);
    } finally {
      clearInterval(sampler);
    }
    expect(spoken, 'the end is announced exactly once').to.equal(1);
  });

  it('warn-before below 20 s (WCAG 2.2.1) is raised to 20 s with a dev warning; non-numbers fall back to 120', async () => {
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const short = await page({ timeout: 600, warnBefore: 5 });
      expect(short.el.warnBefore).to.equal(20);
      expect(warnings.some((w) => w.includes('warn-before="5"') && w.includes('20'))).to.equal(true);
      await short.at(579);
      expect(native(short.el).open, '21 s left: not yet').to.equal(false);
      await short.at(580);
      expect(native(short.el).open, '20 s left: the warning is open').to.equal(true);
      short.el.shadowRoot!.querySelector<ArkiDialog>('arki-dialog')!.close();
      const bad = await page({ timeout: 600, warnBefore: Number('pian') });
      expect(bad.el.warnBefore).to.equal(120);
      expect(warnings.some((w) => w.includes('warn-before="NaN"'))).to.equal(true);
    } finally {
      console.warn = orig;
    }
  });

  it('expires-at sets the end; a bad one warns and runs no timer', async () => {
    const { el, at } = await page({ expiresAt: new Date(START + 300_000).toISOString(), warnBefore: 60 });
    expect(el.remaining).to.equal(300);
    await at(240);
    expect(native(el).open).to.equal(true);
    const warnings: string[] = [];
    const orig = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const bad = await page({ expiresAt: 'huomenna' });
      expect(bad.el.remaining).to.equal(0);
      await bad.at(10_000);
      expect(native(bad.el).open).to.equal(false);
    } finally {
      console.warn = orig;
    }
    expect(warnings.some((w) => w.includes('expires-at="huomenna"'))).to.equal(true);
  });

  it('the schedule and durations, in fi, sv and en', () => {
    expect(announcementDue(61, 60, 180)).to.equal(true);
    expect(announcementDue(60, 59, 180)).to.equal(false);
    expect(announcementDue(45, 31, 180)).to.equal(false);
    expect(announcementDue(31, 30, 180)).to.equal(true);
    expect(announcementDue(181, 180, 180), 'the opening is announced separately').to.equal(false);
    expect(splitDuration(105)).to.deep.equal([1, 45]);
    const { fi, sv, en } = timeoutWarningStrings;
    expect(fi.timeoutEndsIn(1, 0)).to.equal('Istuntosi päättyy 1 minuutin kuluttua.');
    expect(sv.timeoutEndsIn(2, 1)).to.equal('Din session går ut om 2 minuter och 1 sekund.');
    expect(en.timeoutEndsIn(0, 10)).to.equal('Your session will end in 10 seconds.');
    expect(en.timeoutEndsIn(1, 30)).to.equal('Your session will end in 1 minute and 30 seconds.');
  });

  it('is localised by the nearest lang', async () => {
    const clock = () => new Date(START);
    const wrap = await fixture<HTMLElement>(html`<div lang="sv"><arki-timeout-warning .timeout=${60} .clock=${clock}></arki-timeout-warning></div>`);
    const el = wrap.querySelector('arki-timeout-warning')!;
    await el.updateComplete;
    await dialog(el).updateComplete;
    expect(native(el).open).to.equal(true);
    expect(dialog(el).heading).to.equal('Din session håller på att gå ut');
    expect(countdown(el)).to.equal('Din session går ut om 1 minut.');
    expect(el.shadowRoot!.querySelector('[part="continue"]')!.textContent!.trim()).to.equal('Fortsätt sessionen');
  });
});
