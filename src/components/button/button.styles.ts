import { css } from 'lit';

// The private tier lives on :host, so the variant, size and state rules only swap values there
// and `.button` reads them once. (Custom properties inherit; slotted content inherited them from
// `.button` before, so nothing new leaks.)
export default css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;

    --_bg: var(--arki-button-background, var(--arki-color-action-primary));
    --_hover: var(--arki-button-background-hover, var(--arki-color-action-primary-hover));
    --_active: var(--arki-color-action-primary-active);
    --_fg: var(--arki-button-color, var(--arki-color-action-on-primary));
    --_border: var(--_bg);
    --_min: var(--arki-target-size-comfortable);
    --_pad: var(--arki-space-m);
    --_size: var(--arki-font-size-m);
  }
  :host([full-width]) { display: block; }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--arki-space-xs);
    inline-size: 100%;
    min-block-size: var(--_min);
    min-inline-size: var(--_min);
    margin: 0;
    padding-block: var(--arki-space-2xs);
    padding-inline: var(--_pad);
    border: var(--arki-border-width-medium) solid var(--_border);
    border-radius: var(--arki-button-radius, var(--arki-radius-m));
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-family: var(--arki-font-family-base);
    font-size: var(--_size);
    font-weight: var(--arki-font-weight-semibold);
    line-height: var(--arki-line-height-tight);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
    transition: background-color var(--arki-motion-duration-fast) var(--arki-motion-easing-standard);
  }
  .button:hover { background: var(--_hover); }
  .button:active { background: var(--_active); }

  :host([variant='secondary']) {
    --_bg: var(--arki-color-action-secondary);
    --_hover: var(--arki-color-action-secondary-hover);
    --_active: var(--_hover);
    --_fg: var(--arki-color-action-on-secondary);
    --_border: var(--_fg);
  }
  :host([variant='tertiary']) {
    --_bg: transparent;
    --_hover: var(--arki-color-action-secondary-hover);
    --_active: var(--_hover);
    --_fg: var(--arki-color-text-link);
    --_border: transparent;
  }
  /* On .button: em is its own font size (an inherited offset would be the host's). */
  :host([variant='tertiary']) .button { text-decoration: underline; text-underline-offset: 0.2em; }
  :host([variant='danger']) {
    --_bg: var(--arki-color-action-danger);
    --_hover: var(--arki-color-action-danger-hover);
    --_active: var(--_hover);
    --_fg: var(--arki-color-action-on-danger);
  }

  /* Size s keeps the 24px minimum (WCAG 2.5.8); m and l the 44px comfortable target. */
  :host([size='s']) {
    --_min: max(var(--arki-target-size-min), 2rem);
    --_pad: var(--arki-space-s);
    --_size: var(--arki-font-size-s);
  }
  :host([size='l']) {
    --_min: calc(var(--arki-target-size-comfortable) + var(--arki-space-xs));
    --_pad: var(--arki-space-l);
    --_size: var(--arki-font-size-l);
  }

  /* After the variants and as specific as they are, so disabled wins for every variant.
     Loading keeps its variant colours: the action is under way, not unavailable. */
  :host([disabled]) {
    --_bg: var(--arki-color-action-disabled);
    --_hover: var(--arki-color-action-disabled);
    --_active: var(--_bg);
    --_fg: var(--arki-color-action-on-disabled);
    --_border: var(--_bg);
  }
  :host([variant='tertiary'][disabled]) { --_bg: transparent; }
  :host([disabled]) .button { cursor: not-allowed; }
  :host([loading]) .button { cursor: progress; }

  ::slotted([slot='start']),
  ::slotted([slot='end']) { flex: none; }

  .spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid;
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
