// The one door to Astro's content layer for pages: they render entries and name their types through here, so
// nothing outside src/site/ imports `astro:content` (tests/unit/architecture.test.ts).
export { render, type CollectionEntry } from 'astro:content';
