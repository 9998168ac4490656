import {tags} from '../elements.js';

/** A command used wrongly: exit code 2, with a pointer to its help. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string
  ) {
    super(message);
  }
}

const texts: Record<string, string> = {
  '': `Usage: story-widgets <command> [options]

Commands:
  import <page.md>            a story page in the site's markdown, as story JSON
  validate <story.json|url>   check a story against the story format (version 1)
  render <story.json|url>     an element's HTML, rendered on the server, with the story inline
  oembed <story-page-url>     the oEmbed response for a story page (the iframe of embed.html)

Options:
  -h, --help                  this help; "story-widgets <command> --help" for a command's
  -v, --version               the package's version

"-" as the input reads standard input. A story is at most 2 MB, as the elements accept, a
page to import 200 kB (--max-bytes changes it), counted as read, whatever a file says of its
size; a URL's redirects are followed only on its own origin. Errors never quote a file, nor
more than 80 characters of a value, nor a password; -o never writes over the input.
`,
  import: `Usage: story-widgets import <page.md> [-o story.json]

Reads a story page in the news site's markdown (# title, > dek, **Meta:**, ## Summary,
## By the numbers, ## Why it matters, ## What to watch, ## Regional takes, ## Across the
graph, Canonical:) and prints the story as JSON (version 1), validated. Country names become
ISO 3166-1 codes; links stay as written. A page that breaks the format — a link or source
that is not http(s), lists, quotes, emphasis or links nested past 20 levels — gives its line
and exit code 1.

Options:
  -o, --output <file>   write the JSON to a file instead of standard output
  --lang <tag>          the content's language where the Meta line has no "lang:" (default en)
  --id <slug>           the story's id where the page has no Canonical line (default: the file's name)
  --max-bytes <n>       the largest page read (default 200000)
`,
  validate: `Usage: story-widgets validate <story.json|url>

Checks a story document against the story format, version 1, and prints each problem with
the path of its field (lenses[2].takes[0].url), URLs that are not http(s) among them (a
reader shows those as text). Exit code 1 when the story is invalid.

Options:
  --max-bytes <n>       the largest story read (default 2000000)
`,
  render: `Usage: story-widgets render <story.json|url> [--element ${tags[0]}] [options]

Prints the element rendered on the server: the story as inline JSON, then the element with
its content in declarative shadow DOM. It shows without JavaScript; the publishers' script
takes it over without a request. Several --element: one inline JSON, which all of them read.

Options:
  -e, --element <tag>        ${tags.join(', ')} (default ${tags[0]}), repeatable
  --lang <tag>               the page's language: the elements' words and formats (default en)
  --theme <light|dark>       force a palette (default: the page's color-scheme)
  -a, --attribute <n=v>      another attribute of the element, repeatable (no on… handlers):
                             -a sections="summary why" -a heading-level=3 -a entity=venezuela
  --id <id>                  id of the inline JSON (default story-widgets-<story id>)
  --no-data                  leave the inline JSON out (another element of the page has it)
  -o, --output <file>        write the HTML to a file instead of standard output
  --max-bytes <n>            the largest story read (default 2000000)
`,
  oembed: `Usage: story-widgets oembed <story-page-url> --embed <embed.html URL> [options]

Prints the oEmbed 1.0 "rich" response a provider gives for a story page: the iframe of your
dist/embed.html showing the page's story, its width, height, title and provider. It loads the
story to check it and to read its title. Exit code 1 when the story cannot be loaded (404).

Options:
  --embed <url>              where dist/embed.html is served (required)
  --story-json <template>    where a page's story JSON is: {url}, {origin}, {path}, {id}
                             (default "{url}.json")
  --provider-name <name>     provider_name (default: the page's host)
  -e, --element <tag>        the element embedded: ${tags.join(', ')} (default ${tags[0]})
  --maxwidth <px>, --maxheight <px>   as a consumer would ask
`,
};

/** The help of `command`, or of the whole command line. */
export const help = (command?: string) => texts[command ?? ''] ?? texts[''];
