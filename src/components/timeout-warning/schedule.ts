/**
 * When the countdown of `arki-timeout-warning` is announced. The visible countdown changes every
 * second, but a screen reader hearing it every second could do nothing else, so it is spoken at
 * opening, at each whole minute, and at 30 and 10 seconds left.
 * @since 0.1.0
 */

/** Seconds left at which the countdown is spoken (beside the opening). */
export function announcementPoints(warnBefore: number): number[] {
  const points = [10, 30];
  for (let m = 60; m < warnBefore; m += 60) points.push(m);
  return points.sort((a, b) => b - a);
}

/**
 * Whether a point was reached between two readings of the clock (`previous` → `left`, in whole
 * seconds). Readings can skip seconds (a throttled background tab, a device waking up): the
 * point is still announced once, with the time actually left.
 */
export function announcementDue(previous: number, left: number, warnBefore: number): boolean {
  return announcementPoints(warnBefore).some((p) => left <= p && p < previous);
}

/** Whole minutes and seconds of a number of seconds. */
export function splitDuration(seconds: number): [minutes: number, seconds: number] {
  const s = Math.max(0, Math.ceil(seconds));
  return [Math.floor(s / 60), s % 60];
}
