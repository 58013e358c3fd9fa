/**
 * Disabling light-DOM form controls from a shadow root. A `<fieldset disabled>` inside a shadow
 * root does not disable slotted controls (its descendants are counted in the light tree), so
 * arki-fieldset's `disabled` and the hidden conditional fields of the radio and checkbox groups
 * set the `disabled` attribute on the controls themselves. Disabled controls keep their values
 * (nothing the user typed is lost), are not submitted and are barred from validation; for
 * form-associated custom elements the `disabled` attribute does this natively too.
 *
 * Several owners may hold the same control (a conditional field inside a disabled arki-fieldset):
 * it is enabled again only when the last owner lets go, and only if an owner disabled it; a
 * control disabled by the page stays disabled.
 */

const holders = new WeakMap<Element, Set<object>>();
const disabledByUs = new WeakSet<Element>();

/** Native controls, and form-associated custom elements (Arki's or anyone's). */
export function isFormControl(el: Element): boolean {
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLButtonElement || el instanceof HTMLFieldSetElement) return true;
  return (el.constructor as { formAssociated?: boolean }).formAssociated === true;
}

/** The controls in `roots` and their light-DOM subtrees. */
export function formControlsIn(roots: Iterable<Element>): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    customElements.upgrade(root);
    for (const el of [root, ...root.querySelectorAll('*')]) if (isFormControl(el)) out.push(el);
  }
  return out;
}

/** `owner` holds (`on`) or releases (`!on`) the disabled state of `controls`. */
export function holdDisabled(controls: Iterable<Element>, owner: object, on: boolean): void {
  for (const el of controls) {
    let owners = holders.get(el);
    if (on) {
      if (!owners) {
        owners = new Set();
        holders.set(el, owners);
      }
      if (owners.size === 0 && !el.hasAttribute('disabled')) {
        el.setAttribute('disabled', '');
        disabledByUs.add(el);
      }
      owners.add(owner);
    } else if (owners?.delete(owner) && owners.size === 0 && disabledByUs.has(el)) {
      disabledByUs.delete(el);
      el.removeAttribute('disabled');
    }
  }
}

/** Everything `owner` currently holds is released when it holds a new set: the difference. */
export class DisabledHold {
  private held = new Set<Element>();
  constructor(private readonly owner: object) {}

  /** Holds exactly `controls` (releasing the ones no longer listed). */
  set(controls: Iterable<Element>): void {
    const next = new Set(controls);
    holdDisabled([...this.held].filter((el) => !next.has(el)), this.owner, false);
    holdDisabled([...next].filter((el) => !this.held.has(el)), this.owner, true);
    this.held = next;
  }

  release(): void {
    this.set([]);
  }
}
