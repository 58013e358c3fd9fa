/**
 * Submitting a form from a custom element as a native submit button would: through a
 * temporary native button, so constraint validation runs, the `submit` event fires with a
 * real `submitter`, and the button's name/value land in FormData. `requestSubmit(this)`
 * is not an option: a custom element cannot be a submitter.
 * @since 0.1.0
 */
export function submitForm(form: HTMLFormElement, name = '', value = ''): void {
  // A <button> is a submit button by default. It exists only for the click; an inline
  // `display: none` (which page CSS cannot undo; CSSOM assignments are allowed under a strict
  // CSP) keeps it out of layout, the tab order and the accessibility tree meanwhile.
  const proxy = document.createElement('button');
  if (name) {
    proxy.name = name;
    proxy.value = value;
  }
  proxy.style.display = 'none';
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
