import { findDefaultButton } from './form-submit.js';

/**
 * Implicit submission (Enter in a single-line field) for a field whose input sits in a shadow
 * root, where the browser does not do it: click the default button, or submit the form.
 * Its own module, so that the button's entry does not carry it.
 * @since 0.1.0
 */
export function implicitSubmit(form: HTMLFormElement | null): void {
  if (!form) return;
  const button = findDefaultButton(form);
  if (!button) {
    form.requestSubmit();
    return;
  }
  if (button.matches(':disabled, [disabled], [loading]')) return; // as the spec: a disabled default button blocks it
  button.click();
}
