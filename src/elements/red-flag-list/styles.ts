import { css } from 'lit';

export const styles = css`
  .intro {
    color: var(--_muted);
  }
  .signs {
    padding-inline-start: 1.25em;
  }
  .signs li {
    margin-block: 0.35em;
  }
  .signs li::marker {
    color: var(--_emergency);
  }
  fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5em;
    font-weight: 600;
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
    border-color: var(--_emergency);
    box-shadow: inset 4px 0 0 var(--_emergency);
  }
  .option input {
    flex: none;
    width: 1.3em;
    height: 1.3em;
    margin: 0.1em 0 0;
    accent-color: var(--_emergency);
    cursor: pointer;
  }
  .note {
    margin: var(--_space) 0 0;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .fine {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 3px solid Highlight;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;
