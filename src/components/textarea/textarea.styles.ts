import { css } from 'lit';

/** The textarea's own styles: resizing, auto-growing height and the character count. */
export default css`
  textarea.control {
    display: block;
    resize: vertical;
    min-block-size: calc(2lh + 2 * var(--arki-space-2xs));
  }
  textarea.control[data-autogrow] {
    field-sizing: content;
    min-block-size: calc(var(--_arki-rows, 5) * 1lh + 2 * var(--arki-space-2xs) + 2 * var(--arki-border-width-medium));
    resize: none;
    overflow-wrap: anywhere;
  }
  textarea.control::placeholder { color: var(--arki-color-text-subtle); opacity: 1; }
  .count {
    margin-block-start: var(--arki-space-2xs);
    color: var(--arki-color-text-subtle);
  }
  /* Over the limit: error colour and weight, plus the text itself says "too many" (not colour alone). */
  .count[data-over] {
    color: var(--arki-color-status-error-text);
    font-weight: var(--arki-font-weight-semibold);
  }
`;
