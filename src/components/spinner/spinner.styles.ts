import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }

  .wrap {
    display: inline-flex;
    align-items: center;
    gap: var(--arki-space-xs);
  }
  .spinner {
    --_size: 1.5rem;
    display: inline-block;
    flex: none;
    inline-size: var(--_size);
    block-size: var(--_size);
  }
  :host([size='s']) .spinner { --_size: 1rem; }
  :host([size='l']) .spinner { --_size: 3rem; }

  .ring {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    box-sizing: border-box;
    border: max(2px, calc(var(--_size) / 8)) solid var(--arki-color-border);
    border-block-start-color: var(--arki-spinner-color, var(--arki-color-action-primary));
    border-radius: 50%;
    animation: arki-spin calc(var(--arki-motion-duration-slow) * 3) linear infinite;
  }
  @keyframes arki-spin {
    to { transform: rotate(1turn); }
  }
  /* No rotation with reduced motion: a slow fade still shows that work goes on. */
  @keyframes arki-fade {
    50% { opacity: 0.4; }
  }
  @media (prefers-reduced-motion: reduce) {
    .ring { animation: arki-fade calc(var(--arki-motion-duration-slow) * 6) ease-in-out infinite; }
  }

  .label {
    color: var(--arki-color-text);
    font-size: var(--arki-font-size-m);
  }

  @media (forced-colors: active) {
    .ring { border-color: GrayText; border-block-start-color: CanvasText; }
  }
`;
