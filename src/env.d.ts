/// <reference types="astro/client" />

// For plain `tsc` (the Astro language server types .astro files itself): an Astro component module.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

declare namespace App {
  interface Locals {
    /** Tooltips rendered so far on the page (for unique ids). */
    cdTooltips?: number;
    /** Live code blocks rendered so far on the page (for unique ids). */
    cdLiveBlocks?: number;
    /** The provider the page documents (set by the page route from `providerOfPage`), for components that default to it. */
    cdPageProvider?: string;
    /** The page's searchable part, set by DocsLayout for the build's search index (src/lib/search-sink.ts). */
    cdSearchDocument?: string;
  }
}

// Settings and components of the render-time MDX compiler (src/lib/mdx-pages.ts), from the catalog-docs integration.
declare module 'virtual:catalog-docs/mdx-runtime' {
  const options: import('./lib/mdx-pages.ts').MdxRuntimeOptions;
  /** The component set (src/components/docs/registry.ts), by name. */
  export const components: Record<string, unknown>;
  export default options;
}
