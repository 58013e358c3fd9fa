import { defineStrings } from './strings.js';

/**
 * The chrome every form control renders around its input: the "(pakollinen)" / "(valinnainen)"
 * marker after a label and the "Virhe:" prefix read before an error message. A group, not
 * common strings, so that components without fields (a button) do not carry them. The keys
 * keep their old names: `registerTranslation({ $code: 'fi', required: 'vaaditaan' })`
 * overrides them as before.
 * @since 0.1.0
 */
export interface FieldStrings {
  required: string;
  optional: string;
  errorPrefix: string;
}

export const fieldStrings = /*#__PURE__*/ defineStrings<FieldStrings>({
  fi: { required: 'pakollinen', optional: 'valinnainen', errorPrefix: 'Virhe' },
  sv: { required: 'obligatorisk', optional: 'frivillig', errorPrefix: 'Fel' },
  en: { required: 'required', optional: 'optional', errorPrefix: 'Error' },
});
