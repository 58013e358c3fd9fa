import { css } from 'lit';

/** The select's own styles: one look in every engine, with a drawn (not font) arrow. */
export default css`
  .wrap {
    position: relative;
    display: block;
  }
  /* As GOV.UK: as wide as its options need, at least 11.5em, never wider than the container. */
  .wrap { inline-size: fit-content; min-inline-size: min(100%, 11.5em); max-inline-size: 100%; }
  select.control {
    appearance: none;
    inline-size: 100%;
    padding-inline-end: calc(var(--arki-space-xs) * 2 + 0.75em);
    text-overflow: ellipsis;
    cursor: pointer;
  }
  select.control[data-readonly] { cursor: default; }
  select.control:disabled { cursor: not-allowed; }
  /* A chevron drawn with borders, so it follows currentColor and forced colours. */
  .arrow {
    position: absolute;
    inset-inline-end: calc(var(--arki-space-xs) + 0.2em);
    inset-block-start: 50%;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: translateY(-75%) rotate(45deg);
    pointer-events: none;
    color: var(--arki-color-text);
  }
  select.control:disabled + .arrow { color: var(--arki-color-text-subtle); }
  @media (forced-colors: active) {
    .arrow { color: FieldText; }
    select.control:disabled + .arrow { color: GrayText; }
  }
`;
