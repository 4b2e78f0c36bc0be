import { css } from 'lit';

/**
 * Fieldsets of checkboxes or radios drawn as large labelled rows. The chosen
 * row is marked in `--_accent` (primary unless an element sets it).
 */
export const choiceStyles = css`
  :host {
    --_accent: var(--_primary);
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-height: var(--_target);
    padding: 0.6em 0.75em;
    margin-block: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .option input {
    flex: none;
    width: 1.3em;
    height: 1.3em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 3px solid Highlight;
    }
  }
  /* The chosen row's mark sits on the side the text starts from. */
  :host([dir='rtl']) .option:has(input:checked) {
    box-shadow: inset -4px 0 0 var(--_accent);
  }
`;
