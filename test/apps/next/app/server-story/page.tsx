// A story loaded in a server component, passed to the wrappers: they render it on the server as
// the element's own children, so it shows before any script, and the payload carries it once.
import {StoryNumbers} from 'story-widgets/react';
import {After} from '../after';
import {readStory} from '../story';
import {Summary} from './summary';

export default async function Page() {
  const story = await readStory();
  return (
    <article>
      <h1>A story from a server component</h1>
      <Summary story={story} />
      <After />
      <StoryNumbers story={story} />
      <After />
    </article>
  );
}
