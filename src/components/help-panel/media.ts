import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks a media query for a component (e.g. "narrow": `(max-width: 48em)`), re-rendering the
 * host when it starts or stops matching. Server-render safe: nothing is read before the host
 * connects. A query the browser cannot parse matches nothing and is reported by `valid`.
 * Used by `arki-help-panel` and `arki-digital-support`.
 * @since 0.1.0
 */
export class MediaController implements ReactiveController {
  /** Whether the query matches now (false until connected). */
  matches = false;
  private list?: MediaQueryList;
  private current = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: () => string,
    private readonly onChange?: (matches: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Whether the browser understood the query. */
  get valid(): boolean {
    return !this.list || this.list.media !== 'not all';
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    if (this.query() !== this.current) this.sync();
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onListChange);
    this.list = undefined;
    this.current = '';
  }

  private sync(): void {
    if (typeof window === 'undefined' || !window.matchMedia) return;
    this.list?.removeEventListener('change', this.onListChange);
    this.current = this.query();
    this.list = window.matchMedia(this.current);
    this.list.addEventListener('change', this.onListChange);
    this.matches = this.list.media !== 'not all' && this.list.matches;
  }

  private onListChange = (e: MediaQueryListEvent): void => {
    this.matches = e.matches;
    this.onChange?.(e.matches);
    this.host.requestUpdate();
  };
}

/** The narrow-screen query for a breakpoint such as `48em` (also true at 400 % zoom of a 1280 px window). */
export function narrowQuery(breakpoint: string): string {
  return `(max-width: ${breakpoint})`;
}
