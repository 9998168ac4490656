import {readFile} from 'node:fs/promises';
import {parseStory, type Story} from 'story-widgets/data';

/** The story as a server component reads it: from its store (here a file), validated on the server. */
export async function readStory(): Promise<Story> {
  return parseStory(JSON.parse(await readFile(`${process.cwd()}/public/story.json`, 'utf8')));
}
