import { css, html, type TemplateResult, type PropertyDeclarations } from 'lit';
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
export class ArkiTabPanel extends ArkiElement {
  static override styles = css`
    :host { display: block; }
    :host([hidden]) { display: none !important; }
  `;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
  };

  /** Pairs the panel with the `arki-tab` whose `panel` is the same. */
  declare name: string;

  constructor() {
    super();
    this.name = '';
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

defineElement('arki-tab-panel', ArkiTabPanel);

declare global {
  interface HTMLElementTagNameMap {
    'arki-tab-panel': ArkiTabPanel;
  }
}
