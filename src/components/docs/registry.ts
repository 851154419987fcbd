/**
 * The MDX component set: every name here is available in every `.mdx` file (pages and snippets) with no
 * import line. Adding a component = adding its `.astro` file and one line here. Names not listed here,
 * not imported and not HTML fail the build with the list below.
 */
export const DOC_COMPONENTS = {
  Card: 'Card.astro',
  CardGroup: 'CardGroup.astro',
  Accordion: 'Accordion.astro',
  AccordionGroup: 'AccordionGroup.astro',
  Callout: 'Callout.astro',
  Tip: 'Tip.astro',
  Note: 'Note.astro',
  Warning: 'Warning.astro',
  Info: 'Info.astro',
  Check: 'Check.astro',
  /** Fenced code blocks are rendered through this component (see src/integration/mdx-plugin.ts). */
  CodeBlock: 'CodeBlock.astro',
} as const;

export type DocComponentName = keyof typeof DOC_COMPONENTS;
export const DOC_COMPONENT_NAMES = Object.keys(DOC_COMPONENTS) as DocComponentName[];
