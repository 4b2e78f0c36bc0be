import { css } from 'lit';

/**
 * Design tokens and the host reset every element shares.
 *
 * Pages theme us with `--spasm-*` custom properties. Inside, each token is
 * resolved once into a private `--_*` property with our default as the
 * fallback, so the dark scheme can swap defaults without overriding what a
 * page set. Sizes are px/em, never rem: a page's `html { font-size }` must
 * not resize the widgets.
 */
export const theme = css`
  :host {
    --_primary: var(--spasm-color-primary, #0b5cad);
    --_on-primary: var(--spasm-color-on-primary, #ffffff);
    --_emergency: var(--spasm-color-emergency, #b3261e);
    --_on-emergency: var(--spasm-color-on-emergency, #ffffff);
    /* The emergency red for words and thin lines on the surface: in light the same
       red as the emergency colour; in dark that red is too dark to read (3.1:1), so lighter. */
    --_emergency-text: var(--spasm-color-emergency-text, #b3261e);
    --_urgent: var(--spasm-color-urgent, #8a4b00);
    --_self-care: var(--spasm-color-self-care, #1e6b34);
    --_ice: var(--spasm-color-ice, #1565c0);
    --_heat: var(--spasm-color-heat, #b93a0b);
    --_text: var(--spasm-color-text, #1b1f24);
    --_muted: var(--spasm-color-muted, #4a5360);
    --_surface: var(--spasm-color-surface, #ffffff);
    --_subtle: var(--spasm-color-subtle, #eef2f6);
    --_border: var(--spasm-color-border, #8a94a0);
    --_focus: var(--spasm-color-focus, #1a73e8);
    --_font: var(--spasm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    /* medium is the browser's default size, which the patient may have set larger;
       unlike rem it ignores a page's html { font-size }. */
    --_font-size: var(--spasm-font-size, medium);
    --_radius: var(--spasm-radius, 8px);
    --_space: var(--spasm-space, 16px);
    --_target: var(--spasm-touch-target, 44px);

    /* Text styles are !important: page rules that reach the host ("* { color }",
       "body *", tag selectors, even their own !important) would otherwise beat
       :host and be inherited by the whole shadow tree. An !important shadow
       rule wins over the page's. Pages theme us with the tokens above. */
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface) !important;
    color: var(--_text) !important;
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    overflow-wrap: anywhere !important;
    cursor: auto !important;
    visibility: visible !important;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--spasm-color-primary, #8cb8ff);
      --_on-primary: var(--spasm-color-on-primary, #0b1a2e);
      --_emergency: var(--spasm-color-emergency, #c62828);
      --_emergency-text: var(--spasm-color-emergency-text, #ffb4ab);
      --_urgent: var(--spasm-color-urgent, #ffb74d);
      --_self-care: var(--spasm-color-self-care, #7fd08f);
      --_ice: var(--spasm-color-ice, #7fb4ff);
      --_heat: var(--spasm-color-heat, #ff9a66);
      --_text: var(--spasm-color-text, #e8ecf1);
      --_muted: var(--spasm-color-muted, #b5bec9);
      --_surface: var(--spasm-color-surface, #15191e);
      --_subtle: var(--spasm-color-subtle, #232a33);
      --_border: var(--spasm-color-border, #7c8794);
      --_focus: var(--spasm-color-focus, #8cb8ff);
    }
  }
  :host([kiosk]) {
    --_target: var(--spasm-touch-target, 48px);
    /* 1.25× the browser's default size (20 px at the usual 16 px), measured into --_medium by the base class. */
    --_font-size: var(--spasm-font-size, calc(var(--_medium, 16px) * 1.25));
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  ul,
  ol,
  fieldset {
    margin: 0 0 calc(var(--_space) * 0.75);
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
  h2,
  h3,
  [role='heading'] {
    font-size: 1.25em;
    line-height: 1.25;
    font-weight: 700;
  }
  /* A heading or message that focus was moved to (tabindex -1) shows it too:
     a keyboard or switch user must see where they are (WCAG 2.4.7). */
  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5em 1.1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    /* Words wrap whole before they break (anywhere would size a flex button to one letter). */
    overflow-wrap: break-word;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  button.primary,
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  :host([kiosk]) button,
  :host([kiosk]) .button {
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  /* The one look of a form step's error (each starts with a bold "Error:"). */
  .error {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_emergency-text);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_text);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .button {
      border: 2px solid ButtonText;
    }
    :focus-visible,
    [tabindex='-1']:focus {
      outline-color: Highlight;
    }
  }
`;
