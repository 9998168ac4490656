// docs/frameworks.md, "Plain bundlers", as written there.
import 'story-widgets/story-summary.js';
import 'story-widgets/story-widgets.css';
import {loadStory} from 'story-widgets';
import {record} from './record';

const summary = document.createElement('story-summary');
summary.addEventListener('story-load', (event) => console.log(event.detail.story.title));
summary.addEventListener('story-load', record);
summary.story = await loadStory('/stories/strike.json'); // or summary.src = '/stories/strike.json'
document.querySelector('main')!.append(summary);
const state = await summary.storyComplete;
if (state.status === 'error') console.warn(state.error.message);
