import {css} from 'lit';

export const styles = css`
  /* One, two or four columns, by the card's own width: four figures never leave one alone on a
     row (3 + 1), whatever the page's column. */
  .base {
    container-type: inline-size;
  }

  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
  }

  @container (min-width: 24em) {
    dl {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 50em) {
    dl {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }

  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 3px solid var(--_accent);
  }

  dt {
    font-family: var(--_heading-font);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.15;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  dd {
    margin: 0;
    color: var(--_muted);
    font-size: 0.925em;
    overflow-wrap: anywhere;
  }

  dl.list {
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }

  .list .figure {
    flex-direction: row;
    align-items: baseline;
    gap: 0.75em;
  }

  .list dt {
    font-size: 1.2em;
    flex: 0 0 auto;
    max-width: 40%;
  }
`;
