import { z } from 'zod';

/** Frontmatter of a page under `content/`, with the fields Mintlify pages use. Unknown fields are kept. */
export const PageFrontmatterSchema = z.looseObject({
  /** Page title (h1 and `<title>`). */
  title: z.string().min(1),
  /** Shorter title for navigation. */
  sidebarTitle: z.string().optional(),
  /** Meta description; provider pages fall back to one built from metadata. */
  description: z.string().optional(),
  /** Font Awesome icon name for navigation. */
  icon: z.string().optional(),
  /**
   * Provider key of an integration page. Defaults to the file name for pages directly under
   * `content/integrations/` (or `content/integrations/all/`, Nango's layout); `false` marks a page
   * under integrations/ that documents no provider.
   */
  provider: z.union([z.string().min(1), z.literal(false)]).optional(),
});
export type PageFrontmatter = z.infer<typeof PageFrontmatterSchema>;
