/**
 * What a code fence says, as plain text helpers with no heavy imports (shared by the type-checker, the
 * highlighter, the MDX checks and the Markdown outputs, which runs in a worker): the languages that are
 * type-checked, our fence-meta markers, and the indentation fences carry inside lists and components.
 */

/** Fence languages that are type-checked. */
export const CHECKED_LANGS: ReadonlySet<string> = new Set(['ts', 'typescript', 'mts', 'cts']);
/** Fence-meta marker that skips the type-check of one block. */
export const NOCHECK_MARKER = 'nocheck';
/** Fence-meta marker that makes a block runnable in the browser (see src/client/live-code.ts). */
export const LIVE_MARKER = 'live';

/** Fence-meta words that are markers, not titles. */
export const MARKERS: readonly string[] = [NOCHECK_MARKER, LIVE_MARKER];

/** A fence meta without our markers and options (for Markdown outputs); null when nothing is left. */
export function stripMarkers(meta: string | null | undefined): string | null {
  const rest = (meta ?? '').split(/\s+/).filter((w) => w && !MARKERS.includes(w) && !w.startsWith('provider=')).join(' ');
  return rest || null;
}

const hasWord = (meta: string | undefined, word: string): boolean => new RegExp(`(^|\\s)${word}(\\s|$)`).test(meta ?? '');

export const isTypeScript = (lang: string | undefined): boolean => CHECKED_LANGS.has((lang ?? '').trim().toLowerCase());
export const wantsCheck = (lang: string | undefined, meta: string | undefined): boolean => isTypeScript(lang) && !hasWord(meta, NOCHECK_MARKER);
export const isLive = (meta: string | undefined): boolean => hasWord(meta, LIVE_MARKER);

/** The indentation every non-blank line of `code` shares. */
export function commonIndent(code: string): number {
  const indents = code.split('\n').filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  return indents.length ? Math.min(...indents) : 0;
}

/** Removes the indentation every non-blank line shares (Nango indents fences inside lists and components). */
export function dedent(code: string): string {
  const lines = code.replace(/\s+$/, '').split('\n');
  const cut = commonIndent(code);
  return cut ? lines.map((l) => l.slice(cut)).join('\n') : lines.join('\n');
}
