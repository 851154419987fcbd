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
  }
}
