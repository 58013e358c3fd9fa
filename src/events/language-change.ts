/**
 * Fired by `arki-language-switcher` when the user picks another language. For single-page apps:
 * switch the content and `lang` yourself. When the language also has an `href`, calling
 * `preventDefault()` keeps the browser from following it.
 * @since 0.1.0
 */
export class ArkiLanguageChangeEvent extends Event {
  static readonly eventName = 'arki-language-change' as const;
  /** BCP 47 code of the chosen language, e.g. `sv`. */
  readonly code: string;
  /** The language's URL, when the page gave one. */
  readonly href: string | undefined;

  constructor(code: string, href?: string) {
    super(ArkiLanguageChangeEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.code = code;
    this.href = href;
  }
}

declare global {
  interface HTMLElementEventMap {
    'arki-language-change': ArkiLanguageChangeEvent;
  }
}
