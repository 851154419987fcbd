import { z } from 'zod';

/** Colours go into a stylesheet: only hex values and plain colour names are accepted. */
const CSS_COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+)$/;

/** The site's own settings: one typed file, `site.config.ts`, validated at build start. */
export const SiteConfigSchema = z.object({
  /** Shown in the header and in page titles. */
  name: z.string().min(1),
  /** Short description for the home page and meta tags. */
  description: z.string(),
  /** Absolute URL the site is served from (canonical URLs, sitemap). */
  url: z.url(),
  /** Repository browser URL of the docs source; "Edit this page" links are `${editBaseUrl}/${path under the repo}`. */
  editBaseUrl: z.url(),
  /** Font Awesome icon drawn before the site name (from the icon set), or a path under public/ to an image. */
  logo: z.string().default('book-open'),
  /** Accent colours (links, focus rings, highlights); each must keep AA contrast on its theme's background. */
  colors: z
    .object({
      accentLight: z.string().regex(CSS_COLOR, 'a hex colour (#4338ca) or a CSS colour name').default('#4338ca'),
      accentDark: z.string().regex(CSS_COLOR, 'a hex colour (#a5b4fc) or a CSS colour name').default('#a5b4fc'),
    })
    .prefault({}),
  /** Extra links in the header and the sidebar's first section. */
  nav: z.array(z.object({ label: z.string(), href: z.string() })).default([]),
  /** Links in the footer. */
  footer: z.array(z.object({ label: z.string(), href: z.string() })).default([]),
  /** Old URL -> new URL; each becomes a static redirect page. */
  redirects: z.record(z.string().startsWith('/'), z.string()).default({}),
  /** Readable names for category keys of providers.yaml (defaults cover Nango's categories). */
  categoryLabels: z.record(z.string(), z.string()).default({}),
  /** Community link offered in callouts. */
  communityUrl: z.url().optional(),
  /** Live request examples: the Nango-compatible proxy readers send to (they can change it on the page). */
  liveExamples: z
    .object({
      proxyBaseUrl: z.url().default('https://api.nango.dev'),
      /** Seconds before a sent request is abandoned. */
      timeoutSeconds: z.number().positive().default(15),
      /**
       * TypeScript code blocks are type-checked against the shipped Nango SDK declarations (src/types/nango):
       * 'error' fails the build on a type error, 'warn' reports it and renders the block plainly, 'off' skips
       * the check. A single block opts out with the fence marker `nocheck` (```ts nocheck).
       */
      typecheck: z.enum(['error', 'warn', 'off']).default('error'),
    })
    .prefault({}),
  /** Every provider in providers.yaml needs a page (unless marked `documented: false`). Off for partial trees. */
  requireProviderPages: z.boolean().default(true),
  /** Where generated use-case tables link to. */
  useCases: z
    .object({
      syncDocsUrl: z.string(),
      actionDocsUrl: z.string(),
      sourceBaseUrl: z.url(),
      buildYourOwnUrl: z.string(),
    })
    .partial()
    .default({}),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;
