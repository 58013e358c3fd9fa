import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
  }
  :host([full-width]) { display: block; }

  .button {
    /* Private tier: variants only set these. */
    --_bg: var(--arki-button-background, var(--arki-color-action-primary));
    --_bg-hover: var(--arki-button-background-hover, var(--arki-color-action-primary-hover));
    --_fg: var(--arki-button-color, var(--arki-color-action-on-primary));
    --_border: var(--_bg);
    --_min: var(--arki-target-size-comfortable);
    --_pad-inline: var(--arki-space-m);
    --_font-size: var(--arki-font-size-m);

    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--arki-space-xs);
    inline-size: 100%;
    min-block-size: var(--_min);
    min-inline-size: var(--_min);
    margin: 0;
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--_pad-inline);
    border: var(--arki-border-width-medium) solid var(--_border);
    border-radius: var(--arki-button-radius, var(--arki-radius-m));
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-family: var(--arki-font-family-base);
    font-size: var(--_font-size);
    font-weight: var(--arki-font-weight-semibold);
    line-height: var(--arki-line-height-tight);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
    transition: background-color var(--arki-motion-duration-fast) var(--arki-motion-easing-standard);
  }
  .button:hover { background: var(--_bg-hover); }
  .button:active { background: var(--arki-color-action-primary-active); }

  :host([variant='secondary']) .button {
    --_bg: var(--arki-color-action-secondary);
    --_bg-hover: var(--arki-color-action-secondary-hover);
    --_fg: var(--arki-color-action-on-secondary);
    --_border: var(--arki-color-action-on-secondary);
  }
  :host([variant='tertiary']) .button {
    --_bg: transparent;
    --_bg-hover: var(--arki-color-action-secondary-hover);
    --_fg: var(--arki-color-text-link);
    --_border: transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  :host([variant='danger']) .button {
    --_bg: var(--arki-color-action-danger);
    --_bg-hover: var(--arki-color-action-danger-hover);
    --_fg: var(--arki-color-action-on-danger);
  }
  :host([variant='secondary']) .button:active,
  :host([variant='tertiary']) .button:active,
  :host([variant='danger']) .button:active { background: var(--_bg-hover); }

  /* Size s keeps the 24px minimum (WCAG 2.5.8); m and l the 44px comfortable target. */
  :host([size='s']) .button {
    --_min: max(var(--arki-target-size-min), 2rem);
    --_pad-inline: var(--arki-space-s);
    --_font-size: var(--arki-font-size-s);
  }
  :host([size='l']) .button {
    --_min: calc(var(--arki-target-size-comfortable) + var(--arki-space-xs));
    --_pad-inline: var(--arki-space-l);
    --_font-size: var(--arki-font-size-l);
  }

  /* After the variants and as specific as they are, so disabled wins for every variant.
     Loading keeps its variant colours: the action is under way, not unavailable. */
  :host([disabled]) .button {
    --_bg: var(--arki-color-action-disabled);
    --_bg-hover: var(--arki-color-action-disabled);
    --_fg: var(--arki-color-action-on-disabled);
    --_border: var(--arki-color-action-disabled);
    cursor: not-allowed;
  }
  :host([disabled]) .button:active { background: var(--_bg); }
  :host([variant='tertiary'][disabled]) .button { --_border: transparent; --_bg: transparent; }
  :host([loading]) .button { cursor: progress; }

  ::slotted([slot='start']),
  ::slotted([slot='end']) { flex: none; }

  .spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin calc(var(--arki-motion-duration-slow) * 3) linear infinite;
  }
  @keyframes spin { to { transform: rotate(1turn); } }
  @media (prefers-reduced-motion: reduce) {
    .spinner { animation: none; border-inline-end-color: currentColor; border-style: dotted; }
  }

  @media (forced-colors: active) {
    .button { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
    :host([variant='tertiary']) .button { border-color: transparent; color: LinkText; }
    a.button { color: LinkText; }
    :host([disabled]) .button { border-color: GrayText; color: GrayText; }
  }
`;
