'use client';
// A client component of the app's own, for the handlers a server component cannot pass.
import {StorySummary} from 'story-widgets/react';
import type {Story} from 'story-widgets';
import {record} from '../record';

export function Summary({story}: {story: Story}) {
  return <StorySummary story={story} sections="meta summary why" onStoryLoad={record} />;
}
