import { defineStrings } from './strings.js';

/** Character count strings (GOV.UK character count). @since 0.1.0 */
export interface TextareaStrings {
  /** For screen readers, always: the limit. */
  textareaLimit: (max: number) => string;
  /** Shown (and announced after a pause in typing) under the limit. */
  textareaRemaining: (left: number) => string;
  /** Over the limit: the text is kept. */
  textareaOver: (over: number) => string;
}

export const textareaStrings = /*#__PURE__*/ defineStrings<TextareaStrings>({
  fi: {
    textareaLimit: (max) => `Voit kirjoittaa enintään ${max} ${max === 1 ? 'merkin' : 'merkkiä'}`,
    textareaRemaining: (left) => `Jäljellä ${left} ${left === 1 ? 'merkki' : 'merkkiä'}`,
    textareaOver: (over) => `${over} ${over === 1 ? 'merkki' : 'merkkiä'} liikaa`,
  },
  sv: {
    textareaLimit: (max) => `Du kan skriva högst ${max} tecken`,
    textareaRemaining: (left) => `${left} tecken kvar`,
    textareaOver: (over) => `${over} tecken för mycket`,
  },
  en: {
    textareaLimit: (max) => `You can enter up to ${max} ${max === 1 ? 'character' : 'characters'}`,
    textareaRemaining: (left) => `You have ${left} ${left === 1 ? 'character' : 'characters'} remaining`,
    textareaOver: (over) => `You have ${over} ${over === 1 ? 'character' : 'characters'} too many`,
  },
});
