import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import { announce } from '../../controllers/announcer.js';
import { ArkiFeedbackSubmitEvent } from '../../events/feedback-submit.js';
import { feedbackStrings } from '../../i18n/feedback.js';
import { focusRing, reset } from '../../styles/shared.js';
import { typography } from '../../styles/typography.js';
import { headingLevels, renderHeading, type HeadingLevel } from '../accordion-item/heading.js';
import '../button/button.js';
import '../icon/icon.js';
import '../textarea/textarea.js';
import type { ArkiTextarea } from '../textarea/textarea.js';
import styles from './feedback.styles.js';

export { ArkiFeedbackSubmitEvent };

export const feedbackFollowUps = ['always', 'no', 'none'] as const;
export type FeedbackFollowUp = (typeof feedbackFollowUps)[number];

type Step = 'question' | 'comment' | 'sent';

/**
 * "Oliko sivusta apua?" / "Var sidan till hjälp?" / "Was this page helpful?": Yes and No, then an
 * optional free text with a character count and a privacy note, and a thank-you.
 *
 * **Sending.** The widget fires one `arki-feedback-submit` event per answer, with `helpful` and
 * `comment`. Pass the promise of storing it to `event.waitUntil()`: meanwhile the send button
 * shows progress and further presses are ignored (no double sending). When the promise resolves
 * the thank-you is shown and announced; when it rejects, a clear message asks to try again and the
 * text stays in the field. Without `waitUntil` the answer counts as sent at once.
 *
 * **Follow-up** (`follow-up`): `always` asks for the free text after either answer (default);
 * `no` only after "No", as GOV.UK does (a "Yes" is sent at once); `none` sends the answer at once.
 *
 * Focus never drops to the page: after an answer it moves to the follow-up's introduction, and
 * after sending to the thank-you.
 *
 * @summary Page feedback: helpful yes/no, optional comment, one typed event, safe retry.
 * @status beta
 * @since 0.1.0
 *
 * @csspart base - The box.
 * @csspart heading - The question.
 * @csspart comment - The `arki-textarea` for the free text.
 * @csspart error - The failure message.
 * @csspart thanks - The thank-you.
 *
 * @cssproperty --arki-feedback-background - Background of the box.
 *
 * @fires arki-feedback-submit - {@link ArkiFeedbackSubmitEvent}: the answer, once per send; call `waitUntil(promise)`.
 */
export class ArkiFeedback extends ArkiElement {
  static override styles = [reset, typography, focusRing, styles];

  static override properties: PropertyDeclarations = {
    label: {},
    followUp: { attribute: 'follow-up' },
    maxlength: { type: Number },
    headingLevel: { attribute: 'heading-level' },
    step: { state: true },
    helpful: { state: true },
    pending: { state: true },
    failed: { state: true },
    comment: { state: true },
  };

  /** The question; default "Oliko sivusta apua?" in the page's language. */
  declare label: string;
  /** When to ask for free text: `always`, `no` (only after "No") or `none`. */
  declare followUp: FeedbackFollowUp;
  /** Character limit of the free text (counted, not enforced; a longer text is an error until shortened). */
  declare maxlength: number;
  /** Level of the question's heading, 2–6. */
  declare headingLevel: string | number;

  private declare step: Step;
  private declare helpful?: boolean;
  private declare pending: boolean;
  private declare failed: boolean;
  /** The free text, kept here so nothing typed is lost across steps and failures. */
  private declare comment: string;

  private focusNext?: string;

  constructor() {
    super();
    this.label = '';
    this.followUp = 'always';
    this.maxlength = 1000;
    this.headingLevel = 2;
    this.step = 'question';
    this.pending = false;
    this.failed = false;
    this.comment = '';
  }

  /** Back to the question, e.g. after a single-page app moved to another page. The text is cleared. */
  reset(): void {
    this.step = 'question';
    this.helpful = undefined;
    this.comment = '';
    this.failed = false;
    this.pending = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('followUp')) this.followUp = this.oneOf('follow-up', this.followUp, feedbackFollowUps, 'always');
    if (changed.has('headingLevel')) this.headingLevel = Number(this.oneOf('heading-level', String(this.headingLevel), headingLevels, '2'));
    if (changed.has('maxlength') && !(Number.isInteger(this.maxlength) && this.maxlength > 0)) {
      this.warn(`maxlength="${this.maxlength}" is not a positive whole number; using 1000.`);
      this.maxlength = 1000;
    }
  }

  protected override updated(): void {
    if (!this.focusNext) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusNext);
    this.focusNext = undefined;
    // An arki-button rendered in this same update has no inner button yet: wait for it.
    const pending = (target as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)?.updateComplete;
    if (pending) void pending.then(() => target?.focus());
    else target?.focus();
  }

  private answer(helpful: boolean): void {
    if (this.pending) return;
    this.helpful = helpful;
    this.failed = false;
    const ask = this.followUp === 'always' || (this.followUp === 'no' && !helpful);
    if (ask) {
      this.step = 'comment';
      this.focusNext = '.intro';
    } else {
      void this.send();
    }
  }

  private get textarea(): ArkiTextarea | null {
    return this.renderRoot.querySelector('arki-textarea');
  }

  /** Fires the event once and waits for the listener's promise. Repeated presses are ignored while pending. */
  private async send(): Promise<void> {
    if (this.pending || this.helpful === undefined || this.step === 'sent') return;
    const field = this.textarea;
    if (field && !field.reportValidity()) {
      field.focus();
      return;
    }
    const text = this.comment.trim();
    const event = new ArkiFeedbackSubmitEvent(this.helpful, this.step === 'comment' && text ? text : undefined);
    this.failed = false;
    this.dispatchEvent(event);
    // Pending only when a listener answers later; the flag also guards against a second send.
    this.pending = event.waiting;
    const s = this.localize.strings(feedbackStrings);
    try {
      await event.settled();
      const hadFocus = this.matches(':focus-within');
      this.pending = false;
      this.step = 'sent';
      if (hadFocus) this.focusNext = '.thanks';
      // After the render: the send button's own "loading" announcement must not replace this one.
      await this.updateComplete;
      announce(s.feedbackThanks, 'polite', this.localize.code);
    } catch {
      this.pending = false;
      this.failed = true;
      await this.updateComplete;
      announce(s.feedbackFailed, 'assertive', this.localize.code);
    }
  }

  private cancel(): void {
    if (this.pending) return;
    this.step = 'question';
    this.failed = false;
    this.focusNext = this.helpful ? '.yes' : '.no';
  }

  private onInput(e: Event): void {
    this.comment = (e.target as ArkiTextarea).value;
  }

  private renderQuestion(): TemplateResult {
    const s = this.localize.strings(feedbackStrings);
    const busy = this.pending;
    return html`<div class="answers" role="group" aria-labelledby="question">
      <arki-button class="yes" variant="secondary" ?loading=${busy && this.helpful === true} @click=${() => this.answer(true)}>${s.feedbackYes}</arki-button>
      <arki-button class="no" variant="secondary" ?loading=${busy && this.helpful === false} @click=${() => this.answer(false)}>${s.feedbackNo}</arki-button>
    </div>`;
  }

  private renderComment(): TemplateResult {
    const s = this.localize.strings(feedbackStrings);
    return html`<p class="intro" tabindex="-1">${s.feedbackAnswered(!!this.helpful)}</p>
      <arki-textarea
        part="comment"
        label=${this.helpful ? s.feedbackCommentYes : s.feedbackCommentNo}
        hint=${s.feedbackPrivacy}
        marking="optional"
        rows="4"
        maxlength=${this.maxlength}
        .value=${this.comment}
        ?readonly=${this.pending}
        @input=${this.onInput}
      ></arki-textarea>
      <div class="actions">
        <arki-button class="send" ?loading=${this.pending} @click=${() => void this.send()}>${this.failed ? s.feedbackRetry : s.feedbackSend}</arki-button>
        <arki-button class="cancel" variant="tertiary" @click=${this.cancel}>${s.feedbackCancel}</arki-button>
      </div>`;
  }

  protected override render(): TemplateResult {
    const s = this.localize.strings(feedbackStrings);
    const heading = html`<span id="question">${this.label || s.feedbackQuestion}</span>`;
    if (this.step === 'sent') {
      return html`<div part="base" class="base sent">
        <p part="thanks" class="thanks" tabindex="-1"><arki-icon name="success"></arki-icon>${s.feedbackThanks}</p>
      </div>`;
    }
    return html`<div part="base" class="base">
      ${renderHeading(Number(this.headingLevel) as HeadingLevel, 'heading', heading)}
      ${this.failed
        ? html`<p part="error" class="error" id="error"><arki-icon name="error"></arki-icon><span>${s.feedbackFailed}</span></p>`
        : nothing}
      ${this.step === 'question' ? this.renderQuestion() : this.renderComment()}
      ${this.failed && this.step === 'question'
        ? html`<arki-button class="retry" @click=${() => void this.send()}>${s.feedbackRetry}</arki-button>`
        : nothing}
    </div>`;
  }
}

defineElement('arki-feedback', ArkiFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'arki-feedback': ArkiFeedback;
  }
}
