import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { containsFocus, deepActiveElement, focusElement } from '../base/focus.js';

/** How a component maps focus from its old layout to its new one. */
export interface FocusKeeperOptions<K> {
  /** Whether the coming render switches layout (e.g. a breakpoint was crossed). Read before render. */
  switching: () => boolean;
  /**
   * Where focus is in the old layout, as a key the new layout understands (`undefined`: not a
   * place the switch affects, leave it). Called before render, so it may also adjust state for
   * it, e.g. show the section that holds focus.
   */
  locate: (focused: HTMLElement) => K | undefined;
  /** The element of the new layout that stands for `key` (after render); nothing: leave focus alone. */
  resolve: (key: K, focused: HTMLElement) => HTMLElement | null | undefined | Promise<HTMLElement | null | undefined>;
}

/**
 * Keeps keyboard focus across a re-render that replaces or hides the focused element: a layout
 * that switches at a breakpoint (tabs that become headings, a header that folds behind a menu
 * button, a side panel that becomes a dialog), for example when the user zooms to 400 %. Without
 * it focus falls to `<body>` and the next Tab starts from the top of the page (WCAG 2.4.3).
 *
 * Before the host renders, if the render switches layout and focus is inside the host, the
 * component's `locate` names where; after it renders, focus moves to what `resolve` gives for
 * that place (a non-focusable element such as a heading gets `tabindex="-1"` until it loses
 * focus). Focus that is already there is left alone.
 * @since 0.1.0
 */
export class FocusKeeperController<K> implements ReactiveController {
  private held?: { key: K; focused: HTMLElement };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FocusKeeperOptions<K>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.held = undefined;
    if (!this.options.switching()) return;
    const focused = deepActiveElement();
    if (!focused || !containsFocus(this.host)) return;
    const key = this.options.locate(focused);
    if (key !== undefined) this.held = { key, focused };
  }

  hostUpdated(): void {
    const held = this.held;
    this.held = undefined;
    if (!held) return;
    const target = this.options.resolve(held.key, held.focused);
    if (target instanceof Promise) void target.then((t) => this.focus(t));
    else this.focus(target);
  }

  private focus(target: HTMLElement | null | undefined): void {
    if (!target?.isConnected || deepActiveElement() === target) return;
    focusElement(target);
  }
}
