import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';
import styles from './visually-hidden.styles.js';

/**
 * Text for assistive technology only: hidden on screen, read by screen readers, found by
 * the browser's find. Use it to complete a name that is clear from the layout ("Muokkaa
 * <arki-visually-hidden>osoitetta</arki-visually-hidden>"), never to hide content sighted
 * users need. With `focusable`, the content appears while something inside it has focus
 * (a keyboard user must always see where focus is, WCAG 2.4.7).
 *
 * @summary Visually hidden text for screen readers; optionally shown on focus.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The hidden text or content.
 */
export class ArkiVisuallyHidden extends ArkiElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    focusable: { type: Boolean, reflect: true },
  };

  /** Show the content while focus is inside it (for links and buttons). */
  declare focusable: boolean;

  constructor() {
    super();
    this.focusable = false;
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

defineElement('arki-visually-hidden', ArkiVisuallyHidden);

declare global {
  interface HTMLElementTagNameMap {
    'arki-visually-hidden': ArkiVisuallyHidden;
  }
}
