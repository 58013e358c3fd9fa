/**
 * @arki/ui: registers every component and re-exports the classes, the i18n layer, the
 * announcer and the validators. Importing this entry also installs the default tokens
 * (in a cascade layer, so a linked brand stylesheet wins).
 */
import { installTokens } from './tokens/install.js';

export { ArkiElement } from './base/arki-element.js';
export { ArkiFormElement, type FieldValidator, type ValidationFailure, type FieldMarking } from './base/arki-form-element.js';
export { defineElement } from './base/define.js';
export { configureArki, type ArkiConfig } from './base/dev.js';
export { registerTranslation, setFallbackLocale, fi, sv, en, type Translation, type TranslationOverride } from './i18n/index.js';
export { announce, setAnnouncerRoot, type Politeness } from './controllers/announcer.js';
export { LocalizeController } from './controllers/localize.js';
export { installTokens } from './tokens/install.js';
export * from './validation/index.js';

export * from './components/button/button.js';
export * from './components/icon/icon.js';

if (typeof document !== 'undefined') installTokens();
