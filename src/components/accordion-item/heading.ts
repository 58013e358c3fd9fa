import { html, type TemplateResult } from 'lit';

/** Heading levels a component may render; 1 is the page title's. */
export const headingLevels = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A real `<h2>`…`<h6>` (reader modes and heading outlines know them better than
 * `role="heading"`), chosen from a fixed list rather than built from a string.
 */
export function renderHeading(level: HeadingLevel, className: string, content: unknown): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 part="heading" class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 part="heading" class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 part="heading" class=${className}>${content}</h5>`;
    case 6:
      return html`<h6 part="heading" class=${className}>${content}</h6>`;
    default:
      return html`<h2 part="heading" class=${className}>${content}</h2>`;
  }
}
