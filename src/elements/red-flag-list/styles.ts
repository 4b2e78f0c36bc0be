import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--_emergency);
  }
  .intro {
    color: var(--_muted);
  }
  .group.urgent {
    --_accent: var(--_urgent);
  }
  .group.urgent .signs li::marker {
    color: var(--_urgent);
  }
  section.group + section.group {
    margin-top: calc(var(--_space) * 1.5);
  }
  fieldset.group legend {
    font-size: 1.05em;
    font-weight: 700;
  }
  /* One sign: its own box, with "Not sure" as a second, smaller choice inside it. */
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    margin-block: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .row:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .row .option,
  .row .option:has(input:checked) {
    margin: 0;
    border: 0;
    box-shadow: none;
  }
  .row .option:first-child {
    flex: 1 1 14em;
  }
  .row .unsure {
    flex: 0 0 auto;
    align-items: center;
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .row:has(input:checked) {
      border: 3px solid Highlight;
    }
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
  @media print {
    button {
      display: none;
    }
  }
  :host([dir='rtl']) .row:has(input:checked) {
    box-shadow: inset -4px 0 0 var(--_accent);
  }
`;
