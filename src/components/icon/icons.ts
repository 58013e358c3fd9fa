import { svg, type SVGTemplateResult } from 'lit';

/**
 * Arki's icon set: 24×24, 2px strokes in `currentColor`, drawn from simple primitives so they
 * stay legible at 16px and in forced-colors mode. Templates (not strings), so no unsafeSVG.
 */
const circle = svg`<circle cx="12" cy="12" r="9" />`;

export const icons = {
  phone: svg`<path d="M5 4h3.5l1.5 4-2 1.5a11 11 0 0 0 6.5 6.5L16 14l4 1.5V19a1.5 1.5 0 0 1-1.6 1.5A16 16 0 0 1 3.5 5.6 1.5 1.5 0 0 1 5 4Z" />`,
  location: svg`<path d="M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11Z" /><circle cx="12" cy="10" r="2.5" />`,
  chat: svg`<path d="M4 5h16v11H9l-5 4Z" /><path d="M8 9.5h8M8 12.5h5" />`,
  video: svg`<rect x="3" y="6" width="12" height="12" rx="2" /><path d="m15 10.5 6-3.5v10l-6-3.5" />`,
  mail: svg`<rect x="3" y="5" width="18" height="14" rx="2" /><path d="m3.5 6.5 8.5 6.5 8.5-6.5" />`,
  online: svg`<rect x="3" y="4" width="18" height="12" rx="1.5" /><path d="M8 20h8M12 16v4" />`,
  clock: svg`${circle}<path d="M12 7v5l3.5 2" />`,
  'external-link': svg`<path d="M14 4h6v6M20 4l-9 9" /><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />`,
  download: svg`<path d="M12 4v11M7 10.5l5 5 5-5M5 20h14" />`,
  upload: svg`<path d="M12 16V5M7 9.5l5-5 5 5M5 20h14" />`,
  info: svg`${circle}<path d="M12 11v6" /><circle cx="12" cy="7.75" r="0.5" fill="currentColor" />`,
  success: svg`${circle}<path d="m8 12.5 2.8 2.8L16.5 9.5" />`,
  warning: svg`<path d="M12 3.5 2.5 20h19Z" /><path d="M12 10v4.5" /><circle cx="12" cy="17.25" r="0.5" fill="currentColor" />`,
  error: svg`${circle}<path d="m9 9 6 6M15 9l-6 6" />`,
  help: svg`${circle}<path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5" /><circle cx="12" cy="17" r="0.5" fill="currentColor" />`,
  close: svg`<path d="m6 6 12 12M18 6 6 18" />`,
  menu: svg`<path d="M4 7h16M4 12h16M4 17h16" />`,
  search: svg`<circle cx="10.5" cy="10.5" r="6" /><path d="m15 15 5 5" />`,
  'chevron-down': svg`<path d="m6 9 6 6 6-6" />`,
  'chevron-up': svg`<path d="m6 15 6-6 6 6" />`,
  'chevron-left': svg`<path d="m15 6-6 6 6 6" />`,
  'chevron-right': svg`<path d="m9 6 6 6-6 6" />`,
  'arrow-right': svg`<path d="M4 12h15M13 6l6 6-6 6" />`,
  check: svg`<path d="m5 12.5 4.5 4.5L19 7.5" />`,
  plus: svg`<path d="M12 5v14M5 12h14" />`,
  minus: svg`<path d="M5 12h14" />`,
  calendar: svg`<rect x="3.5" y="5" width="17" height="15" rx="1.5" /><path d="M3.5 10h17M8 3v4M16 3v4" />`,
  document: svg`<path d="M6 3h8l4 4v14H6Z" /><path d="M14 3v4h4M9 12h6M9 16h6" />`,
  copy: svg`<rect x="8" y="8" width="12" height="12" rx="1.5" /><path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" />`,
  user: svg`<circle cx="12" cy="8" r="4" /><path d="M4 20.5a8 8 0 0 1 16 0" />`,
  home: svg`<path d="M3.5 11 12 4l8.5 7" /><path d="M6 9.5V20h12V9.5" />`,
  'id-card': svg`<rect x="3" y="5" width="18" height="14" rx="2" /><circle cx="9" cy="11" r="2" /><path d="M5.5 16a3.5 3.5 0 0 1 7 0M15 10h3M15 13h3" />`,
  euro: svg`<path d="M17.5 6.5A6.5 6.5 0 1 0 17.5 17.5" /><path d="M4.5 10.5h9M4.5 13.5h9" />`,
  language: svg`${circle}<path d="M3 12h18M12 3c2.5 2.6 3.5 5.6 3.5 9s-1 6.4-3.5 9c-2.5-2.6-3.5-5.6-3.5-9s1-6.4 3.5-9Z" />`,
  accessibility: svg`<circle cx="12" cy="4.5" r="1.5" /><path d="M5 8.5 12 10l7-1.5M12 10v4.5l-3 6M12 14.5l3 6" />`,
  feedback: svg`<path d="M4 5h16v11H9l-5 4Z" /><path d="m9.5 10.5 1.8 1.8 3.5-3.5" />`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof icons;
export const iconNames = Object.keys(icons) as IconName[];
