/**
 * Fired by a removable `arki-tag` when the user presses its remove button, before it hides.
 * Update your filter state here; `preventDefault()` keeps the tag (and focus) where they are.
 * @since 0.1.0
 */
export class ArkiRemoveEvent extends Event {
  static readonly eventName = 'arki-remove' as const;
  /** The tag's text, e.g. `Verkossa`. */
  readonly label: string;
  /** The tag's `value`, when it has one (a filter's value, for example). */
  readonly value: string;

  constructor(label: string, value: string) {
    super(ArkiRemoveEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.label = label;
    this.value = value;
  }
}

declare global {
  interface HTMLElementEventMap {
    'arki-remove': ArkiRemoveEvent;
  }
}
