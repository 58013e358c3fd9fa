/**
 * Fired by `arki-alert` when the user presses its close button, before it hides.
 * `preventDefault()` keeps the alert on screen (e.g. to remove it yourself with an animation).
 * @since 0.1.0
 */
export class ArkiDismissEvent extends Event {
  static readonly eventName = 'arki-dismiss' as const;

  constructor() {
    super(ArkiDismissEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'arki-dismiss': ArkiDismissEvent;
  }
}
