import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/timeout-warning/timeout-warning.js';
import type { ArkiTimeoutExtendEvent, ArkiTimeoutWarning } from '../src/components/timeout-warning/timeout-warning.js';
import '../src/components/text-field/text-field.js';

/** A stopped clock, so the countdown and the sweep's screenshots are the same every time. */
const pinned = new Date('2025-12-02T08:00:00Z');
const stopped = () => pinned;

/**
 * A form behind the dialog: what was typed stays there, whatever happens to the session. Only in
 * the stories where the warning is closed: behind an open modal the page is inert, which the
 * sweep's focus checks would (rightly) find unfocusable.
 */
const form = html`<form style="max-inline-size:24rem">
  <arki-text-field label="Hakemuksen perustelut" name="perustelut" value="Tarvitsen pysäköintitunnuksen, koska"></arki-text-field>
</form>`;

/** Presses "Jatka istuntoa" once the warning is open (to show the states that follow). */
const pressContinue = ref((node) => {
  const el = node as ArkiTimeoutWarning | undefined;
  if (!el) return;
  void el.updateComplete.then(async () => {
    const button = el.shadowRoot!.querySelector('[part="continue"]') as HTMLElement & { updateComplete: Promise<unknown> };
    await button.updateComplete;
    button.shadowRoot!.querySelector('button')!.click();
  });
});

interface Args {
  timeout: number;
  warnBefore: number;
}

const meta: Meta<Args> = {
  title: 'Components/Timeout warning',
  component: 'arki-timeout-warning',
  args: { timeout: 90, warnBefore: 120 },
  // The warning is a modal dialog: each story in its own frame in the docs page.
  parameters: { docs: { story: { inline: false, height: '26rem' } } },
  render: (a) => html`<arki-timeout-warning .timeout=${a.timeout} .warnBefore=${a.warnBefore} .clock=${stopped}></arki-timeout-warning>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The session has time left: nothing shows. */
export const Running: Story = {
  name: 'Session running (nothing shown)',
  render: () => html`${form}<arki-timeout-warning .timeout=${3600} .clock=${stopped}></arki-timeout-warning>`,
};
/** 1 minute 30 seconds left: the modal warning with the countdown; focus on "Jatka istuntoa". */
export const Warning: Story = { name: 'Warning open' };
/** A real clock: the warning opens 15 seconds after the story loads and counts down to the end. */
export const LiveDemo: Story = {
  name: 'Live demo (warns after 15 s)',
  render: () => html`${form}<arki-timeout-warning timeout="75" warn-before="60" sign-out-href="#kirjaudu-ulos"></arki-timeout-warning>`,
};
export const WithSignOut: Story = {
  name: 'With a sign-out link',
  render: () => html`<arki-timeout-warning .timeout=${90} .clock=${stopped} sign-out-href="#kirjaudu-ulos"></arki-timeout-warning>`,
};
/** The page's request to the server is under way: the button is busy. */
export const Extending: Story = {
  name: 'Extending (waiting for the server)',
  render: () => html`<arki-timeout-warning
      .timeout=${90}
      .clock=${stopped}
      @arki-timeout-extend=${(e: ArkiTimeoutExtendEvent) => e.waitUntil(new Promise(() => {}))}
      ${pressContinue}
    ></arki-timeout-warning>`,
};
export const ExtendFailed: Story = {
  name: 'Extension failed',
  render: () => html`<arki-timeout-warning
      .timeout=${90}
      .clock=${stopped}
      @arki-timeout-extend=${(e: ArkiTimeoutExtendEvent) => e.waitUntil(Promise.reject(new Error('503')))}
      ${pressContinue}
    ></arki-timeout-warning>`,
};
/** Time ran out: the page got `arki-timeout`; nothing on the page was cleared. */
export const Expired: Story = {
  name: 'Session ended',
  render: () => html`<arki-timeout-warning .expiresAt=${new Date(pinned.getTime() - 1000)} .clock=${stopped}></arki-timeout-warning>`,
};
export const Swedish: Story = {
  name: 'Svenska',
  render: () => html`<div lang="sv"><arki-timeout-warning .timeout=${45} .clock=${stopped} sign-out-href="#logga-ut"></arki-timeout-warning></div>`,
};
export const SwedishExpired: Story = {
  name: 'Svenska (session ended)',
  render: () => html`<div lang="sv"><arki-timeout-warning .expiresAt=${new Date(pinned.getTime() - 1000)} .clock=${stopped}></arki-timeout-warning></div>`,
};
export const English: Story = {
  name: 'English',
  render: () => html`<div lang="en"><arki-timeout-warning .timeout=${150} .warnBefore=${180} .clock=${stopped}></arki-timeout-warning></div>`,
};
export const EnglishExpired: Story = {
  name: 'English (session ended)',
  render: () => html`<div lang="en"><arki-timeout-warning .expiresAt=${new Date(pinned.getTime() - 1000)} .clock=${stopped}></arki-timeout-warning></div>`,
};
