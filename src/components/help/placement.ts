/**
 * Placement of a floating box next to its trigger, for engines without CSS anchor positioning
 * (and as a check after it): below the trigger, flipped above when there is more room there,
 * aligned with the trigger's inline start and clamped so no edge leaves the viewport.
 * Pure arithmetic on rectangles, so it is tested without layout.
 * @since 0.1.0
 */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Largest height that fits on the chosen side; the box scrolls beyond it. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Space kept between the box and the viewport edges, and between the box and the trigger. */
export const EDGE = 8;
export const GAP = 6;

export function place(trigger: Box, box: { width: number; height: number }, viewport: { width: number; height: number }, rtl = false): Placement {
  const below = viewport.height - (trigger.top + trigger.height) - GAP - EDGE;
  const above = trigger.top - GAP - EDGE;
  const side = box.height <= below || below >= above ? 'below' : 'above';
  const maxHeight = Math.max(side === 'below' ? below : above, 0);
  const height = Math.min(box.height, maxHeight);
  const top = side === 'below' ? trigger.top + trigger.height + GAP : trigger.top - GAP - height;
  const width = Math.min(box.width, viewport.width - 2 * EDGE);
  const start = rtl ? trigger.left + trigger.width - width : trigger.left;
  const left = Math.min(Math.max(start, EDGE), Math.max(viewport.width - EDGE - width, EDGE));
  return { top: Math.round(top), left: Math.round(left), maxHeight: Math.floor(maxHeight), side };
}

/** Whether this engine positions with CSS anchors (`anchor-name`, `position-area`). */
export function supportsAnchorPositioning(): boolean {
  return typeof CSS !== 'undefined' && !!CSS.supports?.('anchor-name: --x') && !!CSS.supports('position-area: bottom');
}

/** Whether this engine has the Popover API (top layer, `showPopover()`). */
export function supportsPopover(): boolean {
  return typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;
}
