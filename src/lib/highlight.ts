import { createHighlighter, bundledLanguages, type Highlighter, type BundledLanguage, type ShikiTransformer } from 'shiki';
import { rendererRich, transformerTwoslash } from '@shikijs/twoslash';
import type { TwoslashReturn } from 'twoslash';

/**
 * One shiki highlighter for the whole build, with a light and a dark theme emitted as CSS variables
 * (`--shiki-light` / `--shiki-dark`), so code follows the site theme with no JavaScript.
 * Languages load on first use; unknown languages render as plain text.
 */

// The high-contrast GitHub themes: the plain ones have tokens (orange, grey comments) below WCAG AA contrast.
export const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

/** Languages loaded up front (the ones integration docs use most). */
const PRELOAD: BundledLanguage[] = ['js', 'ts', 'json', 'bash', 'yaml', 'python', 'tsx', 'jsx', 'http', 'html', 'xml', 'shell'];

/** Nango pages use a few names shiki spells differently. */
const ALIASES: Record<string, string> = { sh: 'bash', shell: 'bash', zsh: 'bash', curl: 'bash', console: 'bash', node: 'js', javascript: 'js', typescript: 'ts', yml: 'yaml', py: 'python', text: 'text', txt: 'text', plaintext: 'text' };

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: [THEMES.light, THEMES.dark], langs: PRELOAD });
  return highlighter;
}

/** Normalised language id, or 'text' when shiki does not know it. */
export function resolveLang(lang: string | undefined): string {
  const l = (lang ?? '').trim().toLowerCase();
  if (!l) return 'text';
  const aliased = ALIASES[l] ?? l;
  return aliased === 'text' || aliased in bundledLanguages ? aliased : 'text';
}

/** Twoslash hover types (and `// ^?` queries) from a block's type-check result (src/lib/checked-code.ts). */
function twoslashTransformer(result: TwoslashReturn): ShikiTransformer {
  return transformerTwoslash({
    twoslasher: () => result,
    // Types only: JSDoc (Node's is long Markdown) would render as raw text in the popup.
    renderer: rendererRich({ jsdoc: false, errorRendering: 'hover' }),
    explicitTrigger: false,
    langs: ['ts'],
  });
}

/**
 * Highlights code to an HTML `<pre class="shiki">` string. Text from the page is escaped by shiki.
 * With `twoslash`, the block gets hover types from that (already computed) type-check result.
 */
export async function highlight(code: string, lang: string | undefined, twoslash?: TwoslashReturn): Promise<string> {
  const resolved = resolveLang(lang);
  // The same block on many pages (a shared snippet's code, a common gotcha) is highlighted once: the HTML
  // depends only on the code, the language and the type-check result (hover popups are most of the cost).
  const memo = twoslash ? (twoslashMemo.get(twoslash) ?? twoslashMemo.set(twoslash, new Map()).get(twoslash)!) : plainMemo;
  const key = `${resolved}\0${code}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const html = await highlightUncached(code, resolved, twoslash);
  if (plainMemo.size >= MEMO_LIMIT) plainMemo.clear();
  memo.set(key, html);
  return html;
}

/** Blocks memoised by language and code (bounded: cleared when full); with hover types, per type-check result. */
const MEMO_LIMIT = 2000;
const plainMemo = new Map<string, string>();
const twoslashMemo = new WeakMap<TwoslashReturn, Map<string, string>>();

async function highlightUncached(code: string, resolved: string, twoslash: TwoslashReturn | undefined): Promise<string> {
  const hl = await getHighlighter();
  if (resolved !== 'text' && !hl.getLoadedLanguages().includes(resolved)) await hl.loadLanguage(resolved as BundledLanguage);
  const transformers = twoslash && resolved === 'ts' ? [twoslashTransformer(twoslash)] : [];
  const html = hl.codeToHtml(code, { lang: resolved, themes: THEMES, defaultColor: false, transformers });
  // Hover popups are hidden text: keep them out of the search index.
  return transformers.length ? html.replaceAll('<span class="twoslash-popup-container', '<span data-pagefind-ignore class="twoslash-popup-container') : html;
}
