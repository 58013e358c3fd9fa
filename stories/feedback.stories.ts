import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/feedback/feedback.js';
import { feedbackFollowUps, type ArkiFeedback, type ArkiFeedbackSubmitEvent } from '../src/components/feedback/feedback.js';
import type { ArkiTextarea } from '../src/components/textarea/textarea.js';

interface Args {
  followUp: string;
  label: string;
  outcome: 'success' | 'failure' | 'pending';
}

/** The page's listener, as a demo: stores nothing, answers after a moment (or fails, or never answers). */
const listener = (outcome: Args['outcome']) => (e: ArkiFeedbackSubmitEvent) => {
  console.info('arki-feedback-submit', { helpful: e.helpful, comment: e.comment });
  if (outcome === 'pending') e.waitUntil(new Promise(() => {}));
  else e.waitUntil(new Promise((resolve, reject) => setTimeout(() => (outcome === 'failure' ? reject(new Error('503')) : resolve(undefined)), 600)));
};

/**
 * Plays the user's steps once the widget has rendered, so a story can show a later state:
 * the answer, optionally a comment, optionally Send.
 */
const steps = (answer: 'yes' | 'no', comment = '', send = false) =>
  ref((node) => {
    const el = node as ArkiFeedback | undefined;
    if (!el) return;
    void (async () => {
      await el.updateComplete;
      const press = (sel: string) => el.shadowRoot!.querySelector(sel)?.shadowRoot?.querySelector('button')?.click();
      press(answer === 'yes' ? '.yes' : '.no');
      await el.updateComplete;
      const field = el.shadowRoot!.querySelector<ArkiTextarea>('arki-textarea');
      if (field && comment) {
        await field.updateComplete;
        const area = field.shadowRoot!.querySelector('textarea')!;
        area.value = comment;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      if (send) {
        await el.updateComplete;
        press('.send');
      }
    })();
  });

const meta: Meta<Args> = {
  title: 'Components/Feedback',
  component: 'arki-feedback',
  args: { followUp: 'always', label: '', outcome: 'success' },
  argTypes: {
    followUp: { control: 'select', options: [...feedbackFollowUps] },
    outcome: { control: 'select', options: ['success', 'failure', 'pending'] },
  },
  render: (a) => html`<arki-feedback follow-up=${a.followUp} label=${a.label} @arki-feedback-submit=${listener(a.outcome)}></arki-feedback>`,
};
export default meta;
type Story = StoryObj<Args>;

/** "Oliko sivusta apua?" with Yes and No. */
export const Question: Story = {};
/** After "Ei": the free text with the privacy note and the character count. */
export const AfterNo: Story = {
  name: 'After "No" (comment)',
  render: () => html`<arki-feedback @arki-feedback-submit=${listener('success')} ${steps('no', 'Hakemuslomakkeen liitteen lisääminen ei onnistunut puhelimella.')}></arki-feedback>`,
};
export const AfterYes: Story = {
  name: 'After "Yes" (comment)',
  render: () => html`<arki-feedback @arki-feedback-submit=${listener('success')} ${steps('yes')}></arki-feedback>`,
};
/** While the page's listener works: the send button is busy and further presses are ignored. */
export const Sending: Story = {
  render: () => html`<arki-feedback @arki-feedback-submit=${listener('pending')} ${steps('no', 'Ohje oli hyvä.', true)}></arki-feedback>`,
};
/** The listener's promise rejected: a clear message, "Yritä uudelleen", and the text is kept. */
export const Failed: Story = {
  name: 'Failed (retry, text kept)',
  render: () => html`<arki-feedback
    @arki-feedback-submit=${(e: ArkiFeedbackSubmitEvent) => e.waitUntil(Promise.reject(new Error('503')))}
    ${steps('no', 'Liitteen lisääminen ei onnistunut.', true)}
  ></arki-feedback>`,
};
export const Sent: Story = {
  name: 'Sent (thank you)',
  render: () => html`<arki-feedback follow-up="none" ${steps('yes')}></arki-feedback>`,
};
/** GOV.UK's flow: a "Yes" is sent at once; only a "No" asks for more. */
export const FollowUpOnNo: Story = { name: 'follow-up="no"', args: { followUp: 'no' } };
export const Swedish: Story = {
  name: 'Svenska',
  render: () => html`<div lang="sv" style="display:grid;gap:1rem">
    <arki-feedback></arki-feedback>
    <arki-feedback heading-level="3" ${steps('no', 'Det var svårt att hitta blanketten.')}></arki-feedback>
  </div>`,
};
export const English: Story = {
  name: 'English',
  render: () => html`<div lang="en" style="display:grid;gap:1rem">
    <arki-feedback></arki-feedback>
    <arki-feedback heading-level="3" @arki-feedback-submit=${(e: ArkiFeedbackSubmitEvent) => e.waitUntil(Promise.reject(new Error('503')))} ${steps('no', 'The form timed out.', true)}></arki-feedback>
    <arki-feedback follow-up="none" ${steps('yes')}></arki-feedback>
  </div>`,
};
