import { css, html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ArkiElement } from '../../base/arki-element.js';
import { defineElement } from '../../base/define.js';

/**
 * The label of one tab in `arki-tabs`. Its content is shown inside the tab button that
 * `arki-tabs` renders (the button carries `role="tab"` and the keyboard behaviour).
 *
 * @summary A tab's label inside `arki-tabs`.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The tab's text (an icon may go beside it, marked `aria-hidden="true"`).
 */
export class ArkiTab extends ArkiElement {
  static override styles = css`
    :host { display: inline; }
    :host([hidden]) { display: none !important; }
  `;

  static override properties: PropertyDeclarations = {
    panel: { reflect: true },
    selected: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
  };

  /** The `name` of the `arki-tab-panel` this tab shows; unset, tabs and panels pair by order. */
  declare panel: string;
  /** Selected: set it in markup to choose the initial tab; `arki-tabs` keeps it in sync. */
  declare selected: boolean;
  /** Cannot be selected; skipped by the arrow keys. */
  declare disabled: boolean;

  constructor() {
    super();
    this.panel = '';
    this.selected = false;
    this.disabled = false;
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

defineElement('arki-tab', ArkiTab);

declare global {
  interface HTMLElementTagNameMap {
    'arki-tab': ArkiTab;
  }
}
