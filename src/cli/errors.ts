import { relative } from 'node:path';

const OURS = /\[(?:[A-Z][a-z]+){2,}\]/;

/**
 * Turns whatever a build threw into the text a contributor reads:
 * `file:line:col [Code] what is wrong` and a `Hint:` line, without bundler stack frames.
 * Our own errors already read that way (they may arrive wrapped by the bundler); MDX compile errors
 * are rewritten to the same shape.
 */
export function describeBuildError(err: unknown, root: string): string {
  if (!(err instanceof Error)) return String(err);
  const e = err as Error & { loc?: { file?: string; line?: number; column?: number }; id?: string; hint?: string };
  const lines = e.message
    .split('\n')
    .filter((l) => !/^\s+at /.test(l) && !/^Build failed with \d+ errors?:?$/.test(l.trim()));
  const rel = (file: string) => relative(root, file.replace(/^file:\/\//, '').split('?')[0]!).split('\\').join('/');

  // Ours: keep from the first line carrying a [Code] (dropping the bundler's "[plugin ...] path" header and "MDXError: " prefix).
  const first = lines.findIndex((l) => OURS.test(l));
  if (first >= 0) {
    return lines
      .slice(first)
      .map((l) => l.replace(/^\w*Error: /, ''))
      .join('\n')
      .trim();
  }

  const located = /(\/[^\s:]+\.mdx?):(\d+):(\d+)/.exec(e.message);
  const file = located?.[1] ?? e.loc?.file ?? e.id;
  const line = located?.[2] ?? e.loc?.line;
  const column = located?.[3] ?? e.loc?.column;
  const where = file ? `${rel(file)}${line ? `:${line}${column ? `:${column}` : ''}` : ''} ` : '';
  const isMdx = Boolean(file?.endsWith('.mdx') || /MDXError|mdx/i.test(e.message));
  const text = lines
    .filter((l) => l.trim() && !/^\[plugin [^\]]+\]/.test(l.trim()))
    .map((l) => l.replace(/^\w*Error: /, '').replace(/^\d+:\d+(?:-\d+:\d+)?: /, ''))
    .join('\n')
    .trim();
  const hint =
    e.hint ??
    (isMdx
      ? 'MDX is stricter than Markdown: close every component tag (<Tip>...</Tip> or <Tip />), balance or escape braces (\\{ \\}), and escape a literal "<" as &lt;.'
      : undefined);
  return `${where}[${isMdx ? 'MdxSyntax' : e.name}] ${text}${hint ? `\n  Hint: ${hint}` : ''}`;
}
