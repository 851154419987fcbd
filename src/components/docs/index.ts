// The MDX component set, re-exported for the auto-import step (see registry.ts).
export { default as Card } from './Card.astro';
export { default as CardGroup } from './CardGroup.astro';
export { default as Accordion } from './Accordion.astro';
export { default as AccordionGroup } from './AccordionGroup.astro';
export { default as Callout } from './Callout.astro';
export { default as Tip } from './Tip.astro';
export { default as Note } from './Note.astro';
export { default as Warning } from './Warning.astro';
export { default as Info } from './Info.astro';
export { default as Check } from './Check.astro';
export { default as CodeBlock } from './CodeBlock.astro';
