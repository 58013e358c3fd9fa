/**
 * Fired by `arki-tabs` when the user selects another tab (click, arrow keys, Home, End).
 * Not fired for programmatic changes.
 * @since 0.1.0
 */
export class ArkiTabChangeEvent extends Event {
  static readonly eventName = 'arki-tab-change' as const;
  /** Index of the newly selected tab. */
  readonly index: number;
  /** The `name` of its panel (or the tab's `panel`), `''` when the tabs are paired by order. */
  readonly name: string;
  /** Index of the tab that was selected before. */
  readonly previousIndex: number;

  constructor(index: number, name: string, previousIndex: number) {
    super(ArkiTabChangeEvent.eventName, { bubbles: true, composed: true });
    this.index = index;
    this.name = name;
    this.previousIndex = previousIndex;
  }
}

declare global {
  interface HTMLElementEventMap {
    'arki-tab-change': ArkiTabChangeEvent;
  }
}
