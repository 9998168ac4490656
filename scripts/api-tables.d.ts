// Types of api-tables.js, for the TypeScript that imports it (Storybook's theming page).
type Manifest = {modules: unknown[]};
export function elements(manifest: Manifest): {tagName: string; [key: string]: unknown}[];
export function sharedReference(manifest: Manifest): string;
export function elementReference(manifest: Manifest, tag: string): string;
export function tokensReference(manifest: Manifest): string;
