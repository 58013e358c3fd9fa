import { ArkiFormElement } from '../../base/arki-form-element.js';
import type { ErrorSummaryStrings } from '../../i18n/error-summary.js';
import type { FormStrings } from '../../i18n/forms.js';

/**
 * Finding a form's errors for `arki-error-summary`: Arki controls and native ones, in document
 * order, one entry per control (one per radio group), with a message that names the field.
 */

/** What every listed form control (native or form-associated custom element) offers. */
export type Control = HTMLElement & {
  readonly willValidate: boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
};

export interface FoundError {
  element: HTMLElement;
  text: string;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function isChoice(el: Element): boolean {
  if (el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(el.type);
}

/** The name a user sees for a native control: its group's legend for radios, else its label. */
export function labelText(el: HTMLElement): string {
  if (el instanceof HTMLInputElement && el.type === 'radio') {
    const legend = el.closest('fieldset')?.querySelector(':scope > legend');
    if (legend) return clean(legend.textContent);
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return clean(labels[0]!.textContent);
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = by.split(/\s+/).map((id) => clean(root.getElementById(id)?.textContent)).filter(Boolean).join(' ');
    if (text) return text;
  }
  return clean(el.getAttribute('aria-label')) || clean(el.getAttribute('title')) || clean(el.getAttribute('name'));
}

/** A message in the page's language for a native control (browsers' own follow the browser's). */
export function nativeMessage(el: Control, t: FormStrings, s: ErrorSummaryStrings): string {
  const v = el.validity;
  const label = labelText(el);
  const input = el as HTMLInputElement;
  if (v.customError) return el.validationMessage;
  if (v.valueMissing) return isChoice(el) ? s.errorSummaryChoose(label) : t.valueMissing(label);
  if (v.typeMismatch) return input.type === 'url' ? t.typeMismatchUrl(label) : t.typeMismatchEmail(label);
  if (v.patternMismatch) return t.patternMismatch(label);
  if (v.tooShort) return t.tooShort(label, input.minLength);
  if (v.tooLong) return t.tooLong(label, input.maxLength);
  if (v.rangeUnderflow) return t.rangeUnderflow(label, input.min);
  if (v.rangeOverflow) return t.rangeOverflow(label, input.max);
  if (v.badInput) return t.badInput(label);
  return s.errorSummaryInvalid(label);
}

/** The message the summary shows for a control: the same text as its inline error (GOV.UK). */
export function messageFor(el: Control, t: FormStrings, s: ErrorSummaryStrings): string {
  if (el instanceof ArkiFormElement) return el.validationMessage || el.error;
  return nativeMessage(el, t, s);
}

/** The form's validatable controls in document order (form.elements is in tree order). */
function controls(form: HTMLFormElement): Control[] {
  return (Array.from(form.elements) as Control[]).filter((el) => el.willValidate);
}

/**
 * The form's errors. `check`: run every control's validation (this also shows each Arki
 * control's inline error, as a native submit would); `server`: only errors set from outside
 * (the `error` property), which a page sends with the form: required-but-empty fields of a
 * fresh form are not errors yet.
 */
export function collectErrors(form: HTMLFormElement, mode: 'check' | 'server', t: FormStrings, s: ErrorSummaryStrings): FoundError[] {
  const found: FoundError[] = [];
  const radios = new Set<string>();
  for (const el of controls(form)) {
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const key = el.name;
      if (radios.has(key)) continue;
      radios.add(key);
    }
    const invalid = mode === 'check' ? !el.checkValidity() : el instanceof ArkiFormElement && !!el.error;
    // A field revealed inside a group (GOV.UK conditional reveal) is listed on its own, after the group.
    if (!invalid) continue;
    found.push({ element: el, text: mode === 'server' ? (el as ArkiFormElement).error : messageFor(el, t, s) });
  }
  return found;
}

/** Is the control still invalid (for pruning fixed entries)? */
export function stillInvalid(el: HTMLElement): boolean {
  const c = el as Control;
  if (!el.isConnected || !c.willValidate) return false;
  return c.validity ? !c.validity.valid : false;
}

/**
 * Moves focus to a control as GOV.UK's summary does: focus without the browser's scroll, then
 * bring its label (or legend) to the top, so the question is seen with the field. Arki hosts
 * start with their label and delegate focus to the inner control (a date input to its first
 * invalid part).
 */
export function focusControl(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  let anchor: Element = el;
  if (!(el instanceof ArkiFormElement)) {
    const legend = el instanceof HTMLInputElement && ['radio', 'checkbox'].includes(el.type) ? el.closest('fieldset')?.querySelector(':scope > legend') : null;
    anchor = legend ?? (el as HTMLInputElement).labels?.[0] ?? el;
  }
  anchor.scrollIntoView?.({ block: 'start' });
}
