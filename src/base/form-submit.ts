/**
 * Submitting a form from a custom element as a native submit button would: through a
 * temporary native button, so constraint validation runs, the `submit` event fires with a
 * real `submitter`, and the button's name/value land in FormData. `requestSubmit(this)`
 * is not an option: a custom element cannot be a submitter.
 * @since 0.1.0
 */
export interface SubmitterOptions {
  name?: string;
  value?: string;
  formAction?: string;
  formMethod?: string;
  formNoValidate?: boolean;
  formTarget?: string;
}

export function submitForm(form: HTMLFormElement, options: SubmitterOptions = {}): void {
  const proxy = document.createElement('button');
  proxy.type = 'submit';
  if (options.name) {
    proxy.name = options.name;
    proxy.value = options.value ?? '';
  }
  if (options.formAction) proxy.formAction = options.formAction;
  if (options.formMethod) proxy.formMethod = options.formMethod;
  if (options.formNoValidate) proxy.formNoValidate = true;
  if (options.formTarget) proxy.formTarget = options.formTarget;
  // Out of sight and out of the tab order for the moment it exists (no inline style markup:
  // CSSOM assignments are allowed under a strict CSP).
  proxy.tabIndex = -1;
  proxy.setAttribute('aria-hidden', 'true');
  Object.assign(proxy.style, { position: 'absolute', inlineSize: '0', blockSize: '0', overflow: 'hidden', opacity: '0' });
  form.append(proxy);
  proxy.click();
  proxy.remove();
}

/** Is this a submit button, native or Arki? */
function isSubmitButton(el: Element): boolean {
  if (el instanceof HTMLButtonElement) return el.type === 'submit';
  if (el instanceof HTMLInputElement) return el.type === 'submit' || el.type === 'image';
  return el.localName === 'arki-button' && (el.getAttribute('type') ?? 'button') === 'submit';
}

/** The form's default button: its first submit button in tree order, native or Arki. */
export function findDefaultButton(form: HTMLFormElement): HTMLElement | null {
  for (const el of Array.from(form.elements)) if (isSubmitButton(el)) return el as HTMLElement;
  return null;
}

/**
 * Implicit submission (Enter in a single-line field) for a field whose input sits in a shadow
 * root, where the browser does not do it: click the default button, or submit the form.
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
