import { ArkiWaitableEvent } from './waitable.js';

/**
 * Fired once by `arki-feedback` when the user sends their answer. Store it, and pass the
 * promise of storing it to `waitUntil`: the widget shows "sending", then the thank-you, or, when
 * the promise rejects, an error with a retry that keeps the comment.
 *
 * ```js
 * feedback.addEventListener('arki-feedback-submit', (e) => {
 *   e.waitUntil(fetch('/api/feedback', { method: 'POST', body: JSON.stringify({ helpful: e.helpful, comment: e.comment, page: location.pathname }) })
 *     .then((r) => { if (!r.ok) throw new Error(r.statusText); }));
 * });
 * ```
 * @since 0.1.0
 */
export class ArkiFeedbackSubmitEvent extends ArkiWaitableEvent {
  static readonly eventName = 'arki-feedback-submit' as const;
  /** The answer to "Was this page helpful?". */
  readonly helpful: boolean;
  /** The optional free text, trimmed; `undefined` when the user wrote nothing. */
  readonly comment: string | undefined;

  constructor(helpful: boolean, comment?: string) {
    super(ArkiFeedbackSubmitEvent.eventName, { bubbles: true, composed: true });
    this.helpful = helpful;
    this.comment = comment;
  }
}

declare global {
  interface HTMLElementEventMap {
    'arki-feedback-submit': ArkiFeedbackSubmitEvent;
  }
}
