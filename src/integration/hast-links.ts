import { defineHastPlugin } from 'satteri';
import { isExternal } from '../lib/links.ts';

/** Markdown links that leave the site get `rel="noopener noreferrer"` (component links set it themselves). */
export const externalLinksPlugin = defineHastPlugin({
  name: 'catalog-docs-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href === 'string' && isExternal(href) && !href.startsWith('mailto:')) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
    },
  },
});
