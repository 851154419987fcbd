/**
 * The MDX component set: every name here is available in every `.mdx` file (pages and snippets) with no
 * import line, from `src/components/docs/<Name>.astro`. Adding a component = adding its `.astro` file and
 * its name here. Names not listed here, not imported and not HTML fail the build with this list.
 */
export const DOC_COMPONENT_NAMES = [
  'Card',
  'CardGroup',
  'Accordion',
  'AccordionGroup',
  'Callout',
  'Tip',
  'Note',
  'Warning',
  'Info',
  'Check',
  'Steps',
  'Step',
  'Tabs',
  'Tab',
  'CodeGroup',
  'Frame',
  'ResponseField',
  'ParamField',
  'Expandable',
  'Update',
  'Icon',
  'Tooltip',
  'Badge',
  'RequestExample',
  /** The contributor gallery: MDX source beside its rendered result (source filled in by the MDX plugin). */
  'Showcase',
  /** Fenced code blocks are rendered through this component (see src/integration/mdx-plugin.ts). */
  'CodeBlock',
] as const;

export type DocComponentName = (typeof DOC_COMPONENT_NAMES)[number];

/** File of a component, relative to this folder. */
export const componentFile = (name: DocComponentName): string => `${name}.astro`;
