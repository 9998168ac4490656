import {css} from 'lit';

export const styles = css`
  /* Inline in running text, with the sentence's own line height: a chip never makes its line taller. */
  :host {
    display: inline;
    line-height: inherit !important;
  }

  /* One unbroken pill: too long for its line, it moves whole to the next; wider than the column,
     it ends in an ellipsis inside its shape (its title and accessible name keep the whole name).
     \`overflow: clip\` keeps it on the text's baseline, where \`hidden\` would lift it; negative
     margins keep it from making its line taller. */
  [part~='chip'] {
    display: inline-block;
    max-width: 100%;
    box-sizing: border-box;
    white-space: nowrap;
    overflow: clip;
    text-overflow: ellipsis;
    line-height: 1.2;
    margin-block: -0.3em;
    padding: 0.05em 0.45em;
    border-radius: calc(var(--_radius) * 2);
    background: var(--_subtle);
    color: var(--_text);
    font-weight: 600;
  }

  a[part~='chip'] {
    background: var(--_chip-bg);
    color: var(--_accent);
    text-decoration: none;
  }

  a[part~='chip']:hover {
    text-decoration: underline;
  }

  /* An inline box, like the text it stands for: it cannot make the line taller. */
  .placeholder {
    padding-inline: 2.5em;
    border-radius: calc(var(--_radius) * 2);
    background: var(--_subtle);
  }

  /* Forced colours draw no backgrounds: a border keeps the chip, and a link looks like one. */
  @media (forced-colors: active) {
    [part~='chip'] {
      border: 1px solid CanvasText;
    }

    a[part~='chip'] {
      border-color: LinkText;
      text-decoration: underline;
    }
  }
`;
