/**
 * @arki/ui: registers every component and re-exports the classes, the i18n layer, the
 * announcer and the validators. Importing this entry also installs the default tokens
 * (in a cascade layer, so a linked brand stylesheet wins).
 */
import { installTokens } from './tokens/install.js';

export { ArkiElement } from './base/arki-element.js';
export { ArkiCoreElement } from './base/arki-core-element.js';
export { ArkiFormElement, type FieldValidator, type ValidationFailure, type FieldMarking, type FieldMessages } from './base/arki-form-element.js';
export { defineElement } from './base/define.js';
export { configureArki, type ArkiConfig } from './base/config.js';
export { registerTranslation, setFallbackLocale, fi, sv, en, type Translation, type TranslationOverride } from './i18n/index.js';
export { announce, setAnnouncerRoot, type Politeness } from './controllers/announcer.js';
export { LocalizeController } from './controllers/localize.js';
export { installTokens } from './tokens/install.js';
export * from './validation/index.js';

export * from './components/button/button.js';
export * from './components/icon/icon.js';
export * from './components/opening-hours/opening-hours.js';
export * from './components/service-channel/service-channel.js';
export * from './components/service-channels/service-channels.js';
export * from './components/service-card/service-card.js';
export * from './components/contact-card/contact-card.js';
export * from './components/service-list/service-list.js';
export { serviceStrings, type ServiceStrings } from './i18n/service.js';
export * from './components/skip-link/skip-link.js';
export * from './components/header/header.js';
export * from './components/language-switcher/language-switcher.js';
export * from './components/footer/footer.js';
export * from './components/breadcrumb/breadcrumb.js';
export * from './components/link/link.js';
export * from './components/visually-hidden/visually-hidden.js';
export * from './components/accordion/accordion.js';
export * from './components/accordion-item/accordion-item.js';
export * from './components/details/details.js';
export * from './components/alert/alert.js';
export * from './components/notification-banner/notification-banner.js';
export * from './components/tabs/tabs.js';
export * from './components/tab/tab.js';
export * from './components/tab-panel/tab-panel.js';
export * from './components/dialog/dialog.js';
export * from './components/pagination/pagination.js';
export * from './components/tag/tag.js';
export * from './components/badge/badge.js';
export * from './components/spinner/spinner.js';
export * from './components/progress/progress.js';
export * from './components/radio-group/radio-group.js';
export * from './components/radio/radio.js';
export * from './components/checkbox-group/checkbox-group.js';
export * from './components/date-input/date-input.js';
export * from './components/fieldset/fieldset.js';
export * from './components/text-field/text-field.js';
export * from './components/textarea/textarea.js';
export * from './components/select/select.js';
export * from './components/checkbox/checkbox.js';
export * from './components/file-upload/file-upload.js';
export * from './components/error-summary/error-summary.js';
export * from './components/help/help.js';
export * from './components/help-panel/help-panel.js';
export * from './components/feedback/feedback.js';
export * from './components/step-guide/step-guide.js';
export * from './components/timeout-warning/timeout-warning.js';
export * from './components/faq/faq.js';
export * from './components/digital-support/digital-support.js';
export {
  configureDigitalSupport, digitalSupportConfig,
  type DigitalSupportConfig, type DigitalSupportLink, type DigitalSupportLocation, type DigitalSupportPhone,
} from './config/digital-support.js';
export { ArkiWaitableEvent } from './events/waitable.js';
export { constraintFailure, validatorFailure, validatorMessage, type Constraint, type MessageLocale } from './validation/messages.js';
export { formStrings, inSentence, type FormStrings } from './i18n/forms.js';

if (typeof document !== 'undefined') installTokens();
