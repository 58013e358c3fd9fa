/**
 * An element's width for choosing between its wide and narrow layouts (`collapse-below`): its
 * own width plus the page's scrollbar, if the page has one, as a media query counts the
 * viewport. Measured without the scrollbar, an element near its threshold flips layouts every
 * frame wherever scrollbars take room (Windows, Firefox on Linux): the wide layout makes the
 * page tall enough to scroll, the scrollbar takes the room, the narrow layout makes the page
 * fit again, and so on.
 * @since 0.1.0
 */
export function layoutWidth(el: Element): number {
  const scrollbar = Math.max(0, window.innerWidth - document.documentElement.clientWidth);
  return el.getBoundingClientRect().width + scrollbar;
}
