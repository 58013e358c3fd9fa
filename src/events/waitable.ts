/**
 * The base of Arki events whose listener may answer asynchronously, as a service worker's
 * `ExtendableEvent`: the listener calls `event.waitUntil(promise)` (e.g. the `fetch` that stores
 * the feedback) and the component shows it as pending until every promise settles. A rejection
 * is reported to the user with a retry; nothing they typed is lost.
 * @since 0.1.0
 */
export class ArkiWaitableEvent extends Event {
  private readonly pending: Promise<unknown>[] = [];

  /** Keeps the component busy until `promise` settles; a rejection counts as a failure. */
  waitUntil(promise: Promise<unknown>): void {
    this.pending.push(Promise.resolve(promise));
  }

  /** Resolves with the values of all promises given to `waitUntil`; rejects with the first failure. For the component. */
  settled(): Promise<unknown[]> {
    return Promise.all(this.pending);
  }

  /** Whether a listener called `waitUntil`. */
  get waiting(): boolean {
    return this.pending.length > 0;
  }
}
