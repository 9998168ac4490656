// As docs/frameworks.md has it: Vue told that the tags are custom elements; two pages.
import vue from '@vitejs/plugin-vue';
import {tags} from 'story-widgets';
import {defineConfig} from 'vite';

export default defineConfig({
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => (tags as string[]).includes(tag)}}})],
  build: {rollupOptions: {input: ['index.html', 'vue.html']}},
});
