import { css } from 'lit';

export const styles = css`
  /* The shell fills the screen and scrolls its content below a fixed top
     bar, so nothing (a focused control included) can hide under the bar. */
  :host {
    --_target: var(--spasm-touch-target, 48px);
    --_font-size: var(--spasm-font-size, 20px);
    display: flex;
    flex-direction: column;
    height: 100vh;
    height: 100dvh;
    padding: 0;
    border-radius: 0;
    overflow: hidden;
  }
  button {
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  .attract {
    flex: 1;
    overflow: auto;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2) var(--_space);
    text-align: center;
  }
  .start {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    width: min(100%, 28em);
    padding: 1.5em 1em;
    border-width: 3px;
    font-size: 1.3em;
  }
  .start .other {
    font-size: 0.8em;
    font-weight: 400;
  }
  .clinic {
    margin: 0;
    font-size: 1.6em;
    font-weight: 700;
  }
  ::slotted([slot='logo']) {
    max-width: 240px;
    max-height: 120px;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    /* WebKit lays a flex fieldset's legend out as a flex item: without this the buttons stretch to its line. */
    align-items: flex-start;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .languages legend {
    width: 100%;
    margin-bottom: 0.4em;
    text-align: center;
  }
  .languages button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .bar {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em var(--_space);
    background: var(--_subtle);
    border-bottom: 1px solid var(--_border);
  }
  .bar .name {
    flex: 1 1 8em;
    margin: 0;
    font-weight: 700;
  }
  .bar .languages {
    justify-content: flex-start;
  }
  .bar .finish {
    border-color: var(--_emergency);
    color: var(--_emergency);
  }
  main {
    flex: 1;
    overflow: auto;
    padding: var(--_space);
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile {
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    height: 100%;
    min-height: 6em;
    padding: 1em;
    text-align: start;
    font-size: 1.15em;
  }
  .tile .blurb {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_text);
  }
  dialog {
    max-width: min(90vw, 32em);
    padding: calc(var(--_space) * 1.5);
    border: 3px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: center;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 55%);
  }
  dialog .actions {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .still-here {
    font-size: 1.3em;
    padding-block: 0.8em;
  }
  @media (forced-colors: active) {
    .languages button[aria-pressed='true'] {
      border-width: 4px;
    }
  }
`;
