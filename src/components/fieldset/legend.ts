import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The legend chrome shared by every fieldset-shaped Arki element (arki-fieldset, the radio and
 * checkbox groups, the date input): a native `<legend>` that names the fieldset, optionally
 * wrapping a heading (GOV.UK "legend as page heading" for one-question pages), and the `help`
 * slot beside it. The help slot sits outside the legend so a help button's text does not
 * become part of the group's accessible name.
 */

export const headingLevels = ['1', '2', '3', '4', '5', '6'] as const;
export type HeadingLevel = (typeof headingLevels)[number];

const heading = (level: HeadingLevel, content: unknown): TemplateResult => {
  // One literal template per level: no `unsafeStatic`, so nothing a page supplies becomes markup.
  switch (level) {
    case '1':
      return html`<h1 class="heading">${content}</h1>`;
    case '2':
      return html`<h2 class="heading">${content}</h2>`;
    case '3':
      return html`<h3 class="heading">${content}</h3>`;
    case '4':
      return html`<h4 class="heading">${content}</h4>`;
    case '5':
      return html`<h5 class="heading">${content}</h5>`;
    case '6':
      return html`<h6 class="heading">${content}</h6>`;
  }
};

export interface LegendOptions {
  label: string;
  /** "(pakollinen)" / "(valinnainen)" after the text. */
  marker?: TemplateResult | typeof nothing;
  /** A heading level when the legend is the page's (or a section's) heading. */
  headingLevel?: HeadingLevel | null;
}

/** `<legend>` plus the `help` slot. Put it first inside the `<fieldset>`. */
export function renderLegend(o: LegendOptions): TemplateResult {
  const content = html`${o.label}${o.marker ?? nothing}`;
  return html`<legend part="label legend" class="legend">${o.headingLevel ? heading(o.headingLevel, content) : content}</legend
    ><span class="help"><slot name="help"></slot></span>`;
}

export const legendStyles = css`
  .fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  /*
   * Floated, so the help slot can sit beside it; a floated legend still names its fieldset
   * (the accessible name comes from the first legend child, not from its rendering).
   */
  .legend {
    float: inline-start;
    box-sizing: border-box;
    max-inline-size: 100%;
    margin: 0;
    margin-block-end: var(--arki-space-2xs);
    margin-inline-end: var(--arki-space-xs);
    padding: 0;
    color: var(--arki-color-text);
    font-weight: var(--arki-font-weight-semibold);
    overflow-wrap: anywhere;
    white-space: normal;
  }
  .help { float: inline-start; }
  .body { clear: both; }
  .heading {
    margin: 0;
    font: inherit;
  }
  :host([legend-as-heading]) .legend {
    margin-block-end: var(--arki-space-s);
    font-family: var(--arki-font-family-heading);
    font-size: var(--arki-font-size-2xl);
    font-weight: var(--arki-font-weight-bold);
    line-height: var(--arki-line-height-tight);
  }
`;
