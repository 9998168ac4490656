import {css} from 'lit';

/** The card, headings, skeleton and error notice of the block elements (not the inline chip). */
export const block = css`
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--_heading-font);
    line-height: 1.25;
    margin: 0;
  }

  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .section-heading {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .error {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.9em;
  }

  .skeleton {
    display: grid;
    gap: 0.75em;
  }

  .skeleton .bar {
    display: block;
    height: 1em;
    border-radius: 0.25em;
    background: var(--_subtle);
  }

  .skeleton .bar:nth-child(3n + 2) {
    width: 80%;
  }

  .skeleton .bar:nth-child(3n + 1) {
    width: 60%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bar {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }

  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
`;
