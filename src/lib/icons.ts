import { getIconData, iconToSVG, iconToHTML, replaceIDs } from '@iconify/utils';
import solid from '@iconify-json/fa6-solid/icons.json' with { type: 'json' };
import brands from '@iconify-json/fa6-brands/icons.json' with { type: 'json' };
import type { IconifyJSON } from '@iconify/types';

/**
 * Font Awesome icons by the names Nango's pages use (`screwdriver-wrench`, `rocket`...), rendered to inline
 * SVG at build time from the Iconify packages (no icon font, no JavaScript). `fa-` prefixes and
 * `solid`/`brands` style hints are accepted.
 */

const SETS: IconifyJSON[] = [solid as IconifyJSON, brands as IconifyJSON];

/** Inline SVG markup for an icon, or undefined when no set has it. */
export function iconSvg(name: string, attrs: { class?: string; size?: string } = {}): string | undefined {
  const clean = name.trim().replace(/^fa[srb]?-/, '').replace(/^(fa-)?(solid|regular|brands)\s+/, '');
  for (const set of SETS) {
    const data = getIconData(set, clean);
    if (!data) continue;
    const svg = iconToSVG(data, { height: attrs.size ?? '1em' });
    return iconToHTML(replaceIDs(svg.body), { ...svg.attributes, 'aria-hidden': 'true', focusable: 'false', class: attrs.class ?? 'icon' });
  }
  return undefined;
}
