import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    flex: none;
    inline-size: var(--arki-icon-size, 1.25em);
    block-size: var(--arki-icon-size, 1.25em);
    color: var(--arki-icon-color, currentColor);
    vertical-align: -0.25em;
    line-height: 0;
  }
  :host([size='s']) { --arki-icon-size: 1em; }
  :host([size='l']) { --arki-icon-size: 1.75em; }
  svg {
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    overflow: visible;
  }
  /* Icons that point along the reading direction mirror in right-to-left text. */
  :host([name^='chevron-left']:dir(rtl)) svg,
  :host([name^='chevron-right']:dir(rtl)) svg,
  :host([name='arrow-right']:dir(rtl)) svg { transform: scaleX(-1); }
  @media (forced-colors: active) {
    svg { stroke: CanvasText; }
    :host([data-inherit-forced]) svg { stroke: currentColor; }
  }
`;
