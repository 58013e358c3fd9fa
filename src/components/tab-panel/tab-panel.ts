import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';

/**
 * The content of one tab in `arki-tabs`. It is shown inside the `role="tabpanel"` element that
 * `arki-tabs` renders, labelled by its tab.
 *
 * @summary A tab's content inside `arki-tabs`.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The panel's content.
 */
@defineElement('arki-tab-panel')
export class ArkiTabPanel extends ArkiElement {
  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none !important; }
  `;

  /** Pairs the panel with the `arki-tab` whose `panel` is the same. */
  @property({ reflect: true }) name = '';

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'arki-tab-panel': ArkiTabPanel;
  }
}
