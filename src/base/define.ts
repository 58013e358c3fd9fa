import { DEV_MODE, devWarn } from './dev.js';

/**
 * Idempotent replacement for `customElements.define`, called after the class:
 * `defineElement('arki-button', ArkiButton)`. Loading Arki twice (a CMS page that has the
 * bundle and a widget that imports a component entry) must not throw: defining a tag already
 * defined by the same class is a no-op; by another class, a warning and no-op.
 * @since 0.1.0
 */
export function defineElement(tag: string, cls: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server rendering without a DOM shim
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, cls);
  } else if (DEV_MODE && existing !== cls) {
    devWarn(tag, 'is already defined by another copy of Arki; this copy is not registered. Load Arki once per page.');
  }
}
