import { slug } from 'github-slugger';

/** The same slugs Astro gives headings (github-slugger), for component anchors. */
export function slugify(text: string): string {
  return slug(text);
}
