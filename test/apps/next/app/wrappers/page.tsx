'use client';
// The wrappers with `src`: the browser fetches the story; events through the wrappers' props.
import {StorySummary, TakesByLens} from 'story-widgets/react';
import {After} from '../after';
import {record} from '../record';

export default function Page() {
  return (
    <article>
      <h1>Wrappers with src</h1>
      <StorySummary src="/story.json" onStoryLoad={record} onStoryError={record} />
      <After />
      <TakesByLens src="/story.json" limit={2} onStoryLoad={record} />
    </article>
  );
}
