import { LitElement } from 'lit';
import { DEV_MODE, devWarn } from './dev.js';

/**
 * Dev warnings and attribute checking, without localisation: the base of `ArkiElement`, and of
 * the few elements that show no text of their own most of the time (`arki-button` loads the
 * localisation layer only for a new-tab link or the loading state). Only this file extends
 * `LitElement`, so library-wide behaviour changes in one place.
 * @since 0.1.0
 */
export class ArkiCoreElement extends LitElement {
  /** Logs a dev warning once, naming this element. */
  protected warn(message: string): void {
    devWarn(this, message);
  }

  /**
   * Returns `value` when it is one of `allowed`; otherwise warns (naming attribute and value)
   * and returns `fallback`. For enumerated attributes: a bad value must never break render.
   */
  protected oneOf<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
    if (value == null || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    if (DEV_MODE) this.warn(`unknown ${attribute}="${value}"; using "${fallback}". Allowed: ${allowed.join(', ')}.`);
    return fallback;
  }
}
