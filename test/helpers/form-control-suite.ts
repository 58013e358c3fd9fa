import { expect, fixture, html as litHtml } from '@open-wc/testing';
import type { ArkiFormElement } from '../../src/base/arki-form-element.js';
import { expectAccessible } from './a11y.js';

/**
 * The shared form-control suite (CONVENTIONS 4): every Arki form control must behave like a
 * native one in a native <form>. Each control's test file calls `runFormControlSuite` with
 * how to create it and how a user gives it a value.
 */
export interface FormControlSuiteOptions<E extends ArkiFormElement> {
  /** Tag name, e.g. `arki-text-field`. */
  tag: string;
  /**
   * Markup for one control with the given extra attributes (a string of attributes, e.g.
   * `name="x" required`). Must include a `label`.
   */
  markup: (attributes: string) => string;
  /** Gives the control a value the way a user would (typing, clicking, choosing). */
  setUserValue: (el: E) => Promise<void>;
  /** The FormData entries under `name` after `setUserValue` (strings; files by name). */
  expectedValue: string[];
  /** The FormData entries under `name` before any user input (usually none). */
  initialValue?: string[];
  /** The element keyboard focus goes to. */
  focusTarget: (el: E) => HTMLElement;
  /** Set when the control cannot be empty-and-required in a meaningful way. */
  skipRequired?: boolean;
}

function entries(form: HTMLFormElement, name: string): string[] {
  return new FormData(form).getAll(name).map((v) => (typeof v === 'string' ? v : v.name));
}

async function inForm<E extends ArkiFormElement>(markup: string): Promise<{ form: HTMLFormElement; el: E }> {
  // The markup is test-owned; parsing it as HTML keeps attribute strings literal.
  const form = await fixture<HTMLFormElement>(litHtml`<form></form>`);
  const template = document.createElement('template');
  template.innerHTML = markup;
  form.append(template.content);
  const el = form.firstElementChild as E;
  await el.updateComplete;
  return { form, el };
}

export function runFormControlSuite<E extends ArkiFormElement>(o: FormControlSuiteOptions<E>): void {
  const initial = o.initialValue ?? [];

  describe(`${o.tag}: shared form-control suite`, () => {
    it('is form-associated and submits its value under its name', async () => {
      const { form, el } = await inForm<E>(o.markup('name="field"'));
      expect(el.form).to.equal(form);
      expect(entries(form, 'field')).to.deep.equal(initial);
      await o.setUserValue(el);
      await el.updateComplete;
      expect(entries(form, 'field')).to.deep.equal(o.expectedValue);
    });

    it('submits nothing without a name', async () => {
      const { form, el } = await inForm<E>(o.markup(''));
      await o.setUserValue(el);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    if (!o.skipRequired) {
      it('required: invalid while empty, valid once filled, and blocks submit', async () => {
        const { form, el } = await inForm<E>(o.markup('name="field" required'));
        expect(el.validity.valueMissing).to.equal(true);
        expect(el.checkValidity()).to.equal(false);
        expect(form.checkValidity()).to.equal(false);
        let submitted = false;
        form.addEventListener('submit', (e) => { submitted = true; e.preventDefault(); });
        form.requestSubmit();
        expect(submitted).to.equal(false);
        await o.setUserValue(el);
        await el.updateComplete;
        expect(el.validity.valid).to.equal(true);
        form.requestSubmit();
        expect(submitted).to.equal(true);
      });

      it('shows the required error only after a submit attempt (user-invalid), as real linked text', async () => {
        const { form, el } = await inForm<E>(o.markup('name="field" required'));
        const root = el.shadowRoot!;
        expect(root.querySelector('[part~="error"]')).to.equal(null);
        form.addEventListener('submit', (e) => e.preventDefault());
        form.requestSubmit();
        await el.updateComplete;
        const error = root.querySelector<HTMLElement>('[part~="error"]');
        expect(error, 'error element').to.exist;
        expect(error!.textContent!.trim().length).to.be.greaterThan(3);
        expect(el.matches('[data-user-invalid]')).to.equal(true);
        const described = root.querySelector(`[aria-describedby~="${error!.id}"]`);
        expect(described, 'a control described by the error').to.exist;
      });
    }

    it('error set from outside is shown at once, invalidates, and is described', async () => {
      const { form, el } = await inForm<E>(o.markup('name="field" error="Palvelin hylkäsi arvon"'));
      expect(el.validity.customError).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      const error = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
      expect(error.textContent).to.contain('Palvelin hylkäsi arvon');
      expect(el.shadowRoot!.querySelector(`[aria-describedby~="${error.id}"]`)).to.exist;
      el.error = '';
      await el.updateComplete;
      expect(el.validity.customError).to.equal(false);
    });

    it('disabled: not submitted, not focusable', async () => {
      const { form, el } = await inForm<E>(o.markup('name="field" disabled'));
      expect(entries(form, 'field')).to.deep.equal([]);
      o.focusTarget(el).focus();
      expect(el.matches(':focus-within')).to.equal(false);
    });

    it('disabled, then enabled again: focusable again at once', async () => {
      const { el } = await inForm<E>(o.markup('name="field" disabled'));
      el.disabled = false;
      await el.updateComplete;
      o.focusTarget(el).focus();
      expect(el.matches(':focus-within'), 'the control inside is no longer disabled').to.equal(true);
    });

    it('a disabled fieldset disables it', async () => {
      const { form, el } = await inForm<E>(o.markup('name="field"'));
      await o.setUserValue(el);
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await el.updateComplete;
      expect(entries(form, 'field')).to.deep.equal([]);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(entries(form, 'field')).to.deep.equal(o.expectedValue);
    });

    it('form reset restores the initial value and hides errors', async () => {
      const { form, el } = await inForm<E>(o.markup('name="field" required'));
      await o.setUserValue(el);
      form.reset();
      await el.updateComplete;
      expect(entries(form, 'field')).to.deep.equal(initial);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    });

    it('restores browser state (back/forward, autofill)', async () => {
      const { form, el } = await inForm<E>(o.markup('name="field"'));
      await o.setUserValue(el);
      const state = new FormData(form);
      form.reset();
      await el.updateComplete;
      const restored = state.getAll('field');
      const restoreState = restored.length > 1 ? state : restored[0]!;
      (el as unknown as { formStateRestoreCallback(s: unknown, m: string): void }).formStateRestoreCallback(restoreState, 'restore');
      await el.updateComplete;
      expect(entries(form, 'field')).to.deep.equal(o.expectedValue);
    });

    it('its visible label names the focusable control', async () => {
      const { el } = await inForm<E>(o.markup('name="field"'));
      const target = o.focusTarget(el);
      const labelled = target.getAttribute('aria-labelledby') || target.id;
      expect(labelled, 'control has an id or aria-labelledby').to.be.ok;
      // The name must resolve in the control's own root (IDREFs do not cross shadow roots).
      const root = target.getRootNode() as Document | ShadowRoot;
      const byRef = (target.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => root.getElementById?.(id)?.textContent ?? '');
      const byLabel = Array.from((target as HTMLInputElement).labels ?? [], (l) => l.textContent ?? '');
      const name = [...byRef, ...byLabel, target.getAttribute('aria-label') ?? ''].join(' ').trim();
      expect(name, 'accessible name from a visible label').not.to.equal('');
      // The control's `label` names it, or (a radio, checkbox or date group) the legend of the
      // fieldset around its inputs does, each input keeping its own label ("Kyllä", "Päivä").
      const legend = target.closest('fieldset')?.querySelector(':scope > legend')?.textContent ?? '';
      expect(`${name} ${legend}`, 'the label, or the legend of the group around the control').to.contain(el.label);
    });

    it('an aria-label on the element (no label) reaches the control inside it, and follows changes', async () => {
      const { form, el } = await inForm<E>(o.markup('name="field" aria-label="Hakusana 81"'));
      el.label = '';
      await el.updateComplete;
      /** The name of the focusable control, or of the fieldset that groups it (radios, checkboxes, date parts). */
      const name = () => {
        const target = o.focusTarget(el);
        const carrier = target.closest('fieldset') ?? target;
        const root = carrier.getRootNode() as ShadowRoot;
        const byRef = (carrier.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => root.getElementById(id)?.textContent ?? '');
        return byRef.join(' ').trim() || (carrier.getAttribute('aria-label') ?? '');
      };
      expect(name()).to.contain('Hakusana 81');
      await expectAccessible(form);
      el.setAttribute('aria-label', 'Hakusana 82');
      await el.updateComplete;
      expect(name()).to.contain('Hakusana 82');
    });

    it('a user edit fires input or change from the host, bubbling and composed; a reset fires neither', async () => {
      const { form, el } = await inForm<E>(o.markup('name="field"'));
      const seen: Event[] = [];
      const record = (e: Event) => {
        if (e.composedPath()[0] === el) seen.push(e);
      };
      for (const t of ['input', 'change']) document.addEventListener(t, record);
      try {
        await o.setUserValue(el);
        expect(seen.length, 'events from the host').to.be.greaterThan(0);
        expect(seen.every((e) => e.bubbles && e.composed && e.target === el)).to.equal(true);
        seen.length = 0;
        form.reset();
        await el.updateComplete;
        expect(seen.length, 'no events on reset').to.equal(0);
      } finally {
        for (const t of ['input', 'change']) document.removeEventListener(t, record);
      }
    });

    it('a failed submit and a re-render keep the value, and show the error', async () => {
      const { form, el } = await inForm<E>(o.markup('name="field"'));
      await o.setUserValue(el);
      el.setCustomValidity('Tarkista tämä kohta');
      let submitted = false;
      form.addEventListener('submit', (e) => { submitted = true; e.preventDefault(); });
      form.requestSubmit();
      await el.updateComplete;
      expect(submitted).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.contain('Tarkista tämä kohta');
      el.setAttribute('lang', 'sv');
      el.requestUpdate();
      await el.updateComplete;
      expect(entries(form, 'field')).to.deep.equal(o.expectedValue);
      el.setCustomValidity('');
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
    });

    it('is accessible: default, required, error and disabled states', async () => {
      for (const attrs of ['name="a"', 'name="a" required hint="Ohje"', 'name="a" error="Virheellinen arvo"', 'name="a" disabled']) {
        const { el } = await inForm<E>(o.markup(attrs));
        await expectAccessible(el.parentElement!);
      }
    });
  });
}
