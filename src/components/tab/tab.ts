import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
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
@defineElement('arki-tab')
export class ArkiTab extends ArkiElement {
  static override styles = css`
    :host { display: inline; }
    :host([hidden]) { display: none !important; }
  `;

  /** The `name` of the `arki-tab-panel` this tab shows; unset, tabs and panels pair by order. */
  @property({ reflect: true }) panel = '';
  /** Selected: set it in markup to choose the initial tab; `arki-tabs` keeps it in sync. */
  @property({ type: Boolean, reflect: true }) selected = false;
  /** Cannot be selected; skipped by the arrow keys. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'arki-tab': ArkiTab;
  }
}
