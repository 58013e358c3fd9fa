import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--arki-space-3xs) var(--arki-space-s);
    margin-block-end: var(--arki-space-2xs);
    font-size: var(--arki-font-size-m);
  }
  .label { font-weight: var(--arki-font-weight-semibold); }
  .value { font-variant-numeric: tabular-nums; }

  .track {
    position: relative;
    block-size: var(--arki-space-s);
    border: var(--arki-border-width-thin) solid var(--arki-color-border-strong);
    border-radius: var(--arki-radius-pill);
    background: var(--arki-color-surface-sunken);
    overflow: hidden;
  }
  .indicator {
    block-size: 100%;
    inline-size: 0;
    background: var(--arki-progress-color, var(--arki-color-action-primary));
    transition: inline-size var(--arki-motion-duration-base) var(--arki-motion-easing-standard);
  }
  .indeterminate .indicator {
    position: absolute;
    inset-block: 0;
    inline-size: 35%;
    animation: arki-indeterminate calc(var(--arki-motion-duration-slow) * 5) var(--arki-motion-easing-standard) infinite;
  }
  @keyframes arki-indeterminate {
    from { inset-inline-start: -35%; }
    to { inset-inline-start: 100%; }
  }
  /* Reduced motion: no sliding; a slow fade of a wider bar still shows activity. */
  @keyframes arki-fade {
    50% { opacity: 0.4; }
  }
  @media (prefers-reduced-motion: reduce) {
    .indicator { transition: none; }
    .indeterminate .indicator {
      inset-inline-start: 0;
      inline-size: 100%;
      animation: arki-fade calc(var(--arki-motion-duration-slow) * 6) ease-in-out infinite;
    }
  }

  @media (forced-colors: active) {
    .track { border-color: CanvasText; }
    .indicator { background: Highlight; forced-color-adjust: none; }
  }
`;
