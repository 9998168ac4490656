// renderStoryWidget's HTML in a server component: inline JSON and a declarative shadow root. The
// browser's parser turns the <template> into the shadow root, so React finds other HTML than it
// was given: suppressHydrationWarning says that is meant (docs/frameworks.md).
import {renderStoryWidget} from 'story-widgets/server';
import {After} from '../after';
import {readStory} from '../story';
import {TakeOver} from './take-over';

export default async function Page() {
  const html = await renderStoryWidget('story-summary', await readStory());
  return (
    <article>
      <h1>Server output</h1>
      <div suppressHydrationWarning dangerouslySetInnerHTML={{__html: html}} />
      <TakeOver />
      <After />
    </article>
  );
}
