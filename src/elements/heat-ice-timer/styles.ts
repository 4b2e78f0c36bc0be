import { css } from 'lit';

export const styles = css`
  .title {
    margin-bottom: calc(var(--_space) * 0.75);
  }
  :host([state='done']) .title {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 1.75em;
  }
  .answers,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* Words in a choice wrap whole before they break (anywhere would size "Reanudar" to one letter). */
  .option {
    overflow-wrap: break-word;
  }
  .answers button {
    flex: 1 1 8em;
  }
  .actions button {
    flex: 1 1 7em;
  }
  .advice {
    padding: 0.75em;
    margin-bottom: var(--_space);
    border-inline-start: 6px solid var(--_ice);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .advice.heat {
    border-inline-start-color: var(--_heat);
  }
  .advice p:last-child {
    margin-bottom: 0;
  }
  .muted,
  .note,
  .unit {
    color: var(--_muted);
  }
  .link {
    min-height: var(--_target);
    padding-inline: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  .switch {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .switch legend {
    flex: 1 0 100%;
  }
  .option,
  .check {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: var(--_target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option {
    flex: 1 1 7em;
    font-weight: 600;
  }
  .option.ice:has(input:checked) {
    border-color: var(--_ice);
    box-shadow: inset 0 0 0 2px var(--_ice);
  }
  .option.heat:has(input:checked) {
    border-color: var(--_heat);
    box-shadow: inset 0 0 0 2px var(--_heat);
  }
  .option.ice input {
    accent-color: var(--_ice);
  }
  .option.heat input {
    accent-color: var(--_heat);
  }
  .check {
    align-items: flex-start;
    margin-block: 0.25em;
  }
  input {
    flex: none;
    width: 1.3em;
    height: 1.3em;
    margin: 0;
    cursor: pointer;
  }
  .check input {
    margin-top: 0.1em;
  }
  .wide {
    width: 100%;
    margin-bottom: 0.5em;
    font-size: 1.15em;
  }
  /* The time is sized to the ring (a container), so it never wraps, even at 200% text on a phone. */
  .dial {
    display: grid;
    place-items: center;
    width: min(100%, 15em);
    margin: 0 auto var(--_space);
    container-type: inline-size;
  }
  .dial > * {
    grid-area: 1 / 1;
  }
  .dial svg {
    width: 100%;
    height: auto;
    transform: rotate(-90deg);
  }
  .track,
  .bar {
    fill: none;
    stroke-width: 8;
  }
  .track {
    stroke: var(--_subtle);
  }
  .bar {
    stroke: var(--_ice);
    stroke-linecap: round;
    transition: stroke-dashoffset 0.25s linear;
  }
  .heat .bar {
    stroke: var(--_heat);
  }
  .rest .bar {
    stroke: var(--_muted);
  }
  .readout {
    display: flex;
    flex-direction: column;
    align-items: center;
    line-height: 1.1;
  }
  .time {
    font-size: min(3.5em, 22cqi);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .status,
  .next,
  .finished {
    font-weight: 600;
  }
  .next,
  .finished {
    font-size: 1.25em;
  }
  .status,
  .tip,
  .center {
    text-align: center;
  }
  .log {
    margin-top: var(--_space);
    padding-top: calc(var(--_space) * 0.75);
    border-top: 1px solid var(--_border);
  }
  .log-title {
    font-size: 1.1em;
    margin-bottom: 0.25em;
  }
  .log ul {
    padding-inline-start: 1.25em;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-weight: 600;
  }
  :host([state='done']) .center .notice {
    text-align: start;
  }
  .tips {
    padding-inline-start: 1.25em;
    color: var(--_muted);
  }
  .tips li {
    margin-block: 0.35em;
  }
  .fine {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .track {
      stroke: GrayText;
    }
    .bar {
      stroke: CanvasText;
    }
    :host([state='done']) .title {
      border: 3px solid CanvasText;
    }
    .option:has(input:checked) {
      border: 3px solid Highlight;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
  /* Right to left, the ring fills the other way round, as the reading goes. */
  :host([dir='rtl']) .dial svg {
    transform: scaleX(-1) rotate(-90deg);
  }
`;
