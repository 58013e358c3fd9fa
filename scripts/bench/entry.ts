// The bench bundle: arki-text-field as a page would load it (production Lit, tokens installed),
// plus a bare form-associated Lit element with the same markup, for scale. Built by scripts/bench.mjs with esbuild.
import { LitElement, html, css } from 'lit';
import { ArkiTextField } from '../../src/components/text-field/text-field.js';
import { installTokens } from '../../src/tokens/install.js';

installTokens();
// Referenced so the bundler keeps the module: package.json's `sideEffects` lists dist/ paths
// only, so a bare side-effect import of a source file would be dropped.
(globalThis as { ArkiTextField?: unknown }).ArkiTextField = ArkiTextField;

/**
 * The floor: a form-associated Lit element that renders a label and an input in its shadow root
 * and submits its value through ElementInternals, nothing more (no validation, no i18n, no
 * events). Its FormData time is the engine's cost for any form-associated element.
 */
class BareLitField extends LitElement {
  static formAssociated = true;
  static override properties = { label: {}, value: {} };
  static override styles = css`
    :host { display: block; margin-block-end: 1.5rem; }
    label { display: block; font-weight: 600; }
    input { box-sizing: border-box; inline-size: 100%; min-block-size: 2.75rem; border: 2px solid; font: inherit; }
  `;
  declare label: string;
  declare value: string;
  private internals = this.attachInternals();
  protected override willUpdate() {
    this.internals.setFormValue(this.value ?? '');
  }
  protected override render() {
    return html`<label for="c">${this.label}</label><input id="c" .value=${this.value ?? ''} />`;
  }
}
customElements.define('bare-lit-field', BareLitField);
