import { defineElement } from '../../base/define.js';
import { ArkiChoiceOption } from './choice-option.js';

export { ArkiChoiceOption };

/**
 * One option of an `arki-radio-group`. It is data for the group, which renders a real native
 * radio for it (so arrow keys and Tab behave as the browser's own radios), plus an optional
 * nested field revealed while the option is checked (GOV.UK conditional reveal):
 *
 * ```html
 * <arki-radio value="email" label="Sähköposti">
 *   <arki-text-field slot="conditional" name="email" label="Sähköpostiosoite" type="email"></arki-text-field>
 * </arki-radio>
 * ```
 *
 * `checked` is the initial state (as the HTML attribute); read the live state from the group's
 * `value`. Must be a direct child of `arki-radio-group`.
 *
 * @summary An option of a radio group, with an optional conditionally revealed field.
 * @status stable
 * @since 0.1.0
 *
 * @slot conditional - A field (or a few) shown under the option only while it is checked.
 *   While hidden, its controls are disabled: they keep what the user typed but are neither
 *   submitted nor validated.
 */
export class ArkiRadio extends ArkiChoiceOption {}

defineElement('arki-radio', ArkiRadio);

declare global {
  interface HTMLElementTagNameMap {
    'arki-radio': ArkiRadio;
  }
}
