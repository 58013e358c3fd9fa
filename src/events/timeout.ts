import { ArkiWaitableEvent } from './waitable.js';

/**
 * Fired by `arki-timeout-warning` when the user chooses to continue the session ("Jatka
 * istuntoa", or Esc). The page decides what that means, typically a request that keeps the
 * server session alive:
 *
 * - do nothing: the warning closes and the timer restarts from now (the session's full length);
 * - `waitUntil(promise)`: the button shows progress; when the promise resolves the timer
 *   restarts (resolve with a `Date` or ISO string to set the new end time), when it rejects an
 *   error is shown and the warning stays open;
 * - `preventDefault()`: the warning stays open until the page calls `reset()` itself.
 * @since 0.1.0
 */
export class ArkiTimeoutExtendEvent extends ArkiWaitableEvent {
  static readonly eventName = 'arki-timeout-extend' as const;
  /** Seconds that were left when the user chose to continue. */
  readonly remaining: number;

  constructor(remaining: number) {
    super(ArkiTimeoutExtendEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.remaining = remaining;
  }
}

/**
 * Fired by `arki-timeout-warning` when the session time has run out. The component never
 * navigates or clears anything: what the user typed stays on the page. The page decides, e.g.
 * offers to sign in again in a new tab.
 * @since 0.1.0
 */
export class ArkiTimeoutEvent extends Event {
  static readonly eventName = 'arki-timeout' as const;

  constructor() {
    super(ArkiTimeoutEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'arki-timeout-extend': ArkiTimeoutExtendEvent;
    'arki-timeout': ArkiTimeoutEvent;
  }
}
