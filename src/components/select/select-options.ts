/**
 * The select's options as data: from the `options` property and from light-DOM `<option>` and
 * `<optgroup>` children, which are read, never moved (the page keeps owning them), and rendered
 * in the shadow `<select>` as text.
 */

/** One option. @since 0.1.0 */
export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** Selected initially (and after a form reset), as the `selected` attribute. */
  selected?: boolean;
}

/** A group of options (`<optgroup>`). @since 0.1.0 */
export interface SelectOptionGroup {
  label: string;
  options: SelectOption[];
  disabled?: boolean;
}

export type SelectItem = SelectOption | SelectOptionGroup;

export const isGroup = (item: SelectItem): item is SelectOptionGroup => Array.isArray((item as SelectOptionGroup).options);

function fromOption(o: HTMLOptionElement): SelectOption {
  return { value: o.value, label: o.label, disabled: o.disabled, selected: o.defaultSelected };
}

/** Reads the host's `<option>`/`<optgroup>` children (direct ones; options in groups). */
export function readLightOptions(host: HTMLElement): SelectItem[] {
  const items: SelectItem[] = [];
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLOptionElement) items.push(fromOption(child));
    else if (child instanceof HTMLOptGroupElement) {
      items.push({ label: child.label, disabled: child.disabled, options: Array.from(child.children).filter((c) => c instanceof HTMLOptionElement).map((c) => fromOption(c as HTMLOptionElement)) });
    }
  }
  return items;
}

/** Every option, groups flattened, in order. */
export function flatten(items: readonly SelectItem[]): SelectOption[] {
  const out: SelectOption[] = [];
  for (const item of items) {
    if (isGroup(item)) out.push(...item.options);
    else out.push(item);
  }
  return out;
}

/** Keeps only well-formed items from untyped callers; strings become options. */
export function sanitizeItems(items: unknown): { items: SelectItem[]; bad: number } {
  let bad = 0;
  const option = (o: unknown): SelectOption | null => {
    if (typeof o === 'string') return { value: o, label: o };
    if (o && typeof o === 'object' && 'value' in o) {
      const { value, label, disabled, selected } = o as Record<string, unknown>;
      return { value: String(value), label: label == null ? String(value) : String(label), disabled: !!disabled, selected: !!selected };
    }
    bad++;
    return null;
  };
  const out: SelectItem[] = [];
  for (const item of Array.isArray(items) ? items : []) {
    if (item && typeof item === 'object' && Array.isArray((item as SelectOptionGroup).options)) {
      const g = item as SelectOptionGroup;
      out.push({ label: String(g.label ?? ''), disabled: !!g.disabled, options: g.options.map(option).filter((o): o is SelectOption => !!o) });
    } else {
      const o = option(item);
      if (o) out.push(o);
    }
  }
  if (!Array.isArray(items) && items != null) bad++;
  return { items: out, bad };
}
