// docs/frameworks.md, "Vue": the elements defined before the app mounts.
import 'story-widgets/story-summary.js';
import 'story-widgets/takes-by-lens.js';
import type {} from 'story-widgets/types/vue';
import {loadStory} from 'story-widgets';
import {createApp} from 'vue';
import App from './App.vue';

createApp(App, {story: await loadStory('/stories/strike.json')}).mount('#app');
