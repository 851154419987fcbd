import { z } from 'zod';

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
  /** Community link offered in callouts. */
  communityUrl: z.url().optional(),
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
