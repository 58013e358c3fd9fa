import { css } from 'lit';

export default css`
  /* Hidden on screen, still read by screen readers (not display:none, not aria-hidden). */
  :host(:not([focusable])),
  :host([focusable]:not(:focus-within)) {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  :host([focusable]:focus-within) {
    display: inline-block;
  }
`;
