import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginInstance, MdastVisitorContext } from 'satteri';
import { DocsError, throwIfAny } from '../lib/errors.ts';
import { anchorsOf, sourceOfUrl, staticRoutes } from '../lib/anchors.ts';
import { problemsOf, typecheck, type TypecheckMode } from '../lib/checked-code.ts';
import { NOCHECK_MARKER, commonIndent, dedent, wantsCheck } from '../lib/code-fences.ts';
import { IMPORT_RE, importSpecifiers } from '../lib/mdx-imports.ts';

/**
 * A Sätteri mdast plugin run on every `.mdx` file (pages and snippets):
 * - fenced code blocks become `<CodeBlock code lang meta>` so one shared shiki highlighter renders them
 *   with a label and a copy button (the code travels as an attribute value: data, never re-parsed);
 * - an import of a file that does not exist (a missing snippet) fails with file:line:col and a fix;
 * - a component that is neither in the component set, imported, exported nor HTML fails with file:line:col
 *   and the list of known components (MDX would otherwise fail at render time without a location);
 * - `<Showcase>` (the contributor gallery) gets its own MDX source, as a code block in its "source" slot;
 * - TypeScript blocks are type-checked (src/lib/checked-code.ts): a type error fails with file, block number
 *   and line (or is a warning, per `typecheck`); a clean block is marked for twoslash hover types.
 */

export interface MdxChecksOptions {
  root: string;
  /** Where root-relative assets (`/images/x.png`) are served from; defaults to `<root>/public`. */
  publicDir?: string | undefined;
  /** Warn about internal links to missing pages or anchors (early feedback in dev; check:links is the real check). */
  checkLinks?: boolean | undefined;
  /** Receives non-fatal problems (a missing image, a suspicious link): the page still builds. */
  warn?: ((message: string) => void) | undefined;
  knownComponents: readonly string[];
  /** How a missing generated snippet can be fixed (providers file name for the hint). */
  providersFile: string;
  /** What a type error in a TypeScript block does (site config `liveExamples.typecheck`); default 'error'. */
  typecheck?: TypecheckMode | undefined;
}

const EXPORT_RE = /export\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g;

interface Pos { line: number; column: number }

export function createMdxChecksPlugin(options: MdxChecksOptions): () => MdastPluginInstance {
  const known = new Set(options.knownComponents);
  return () => {
    const declared = new Set<string>();
    const used: { name: string; pos: Pos | undefined }[] = [];
    const images: { src: string; pos: Pos | undefined }[] = [];
    const links: { href: string; pos: Pos | undefined }[] = [];
    const errors: DocsError[] = [];
    let file = '';
    let abs = '';
    let blocks = 0;
    const where = (ctx: MdastVisitorContext): void => {
      if (file || !ctx.fileURL) return;
      abs = fileURLToPath(ctx.fileURL);
      file = relative(options.root, abs).split('\\').join('/');
    };
    const imageAttr = (attributes: readonly unknown[], pos: Pos | undefined) => {
      for (const a of attributes as { type: string; name?: string; value?: unknown }[]) {
        if (a.type === 'mdxJsxAttribute' && a.name === 'src' && typeof a.value === 'string') images.push({ src: a.value, pos });
      }
    };
    return {
      name: 'catalog-docs-checks',
      options: { position: true },
      mdxjsEsm(node, ctx) {
        where(ctx);
        for (const m of node.value.matchAll(IMPORT_RE)) {
          for (const [, local] of importSpecifiers(m[1]!)) declared.add(local);
          const source = m[3]!;
          if (!abs || !(source.startsWith('/') || source.startsWith('.'))) continue;
          const target = source.startsWith('/') ? join(options.root, source) : resolve(dirname(abs), source);
          if (existsSync(target)) continue;
          const generated = /^\/snippets\/generated\/([^/]+)\//.exec(source);
          errors.push(
            new DocsError({
              code: 'MissingSnippet',
              message: `import of "${source}", which does not exist`,
              file,
              line: node.position?.start.line,
              column: node.position?.start.column,
              hint: generated
                ? `snippets under /snippets/generated/ are made for each provider in ${options.providersFile}: add "${generated[1]}" there, or fix the provider key in the path.`
                : `create ${source.startsWith('/') ? source.slice(1) : source}, or fix the path (a leading "/" is the project root).`,
            }),
          );
        }
        for (const m of node.value.matchAll(EXPORT_RE)) declared.add(m[1]!);
      },
      mdxJsxFlowElement(node, ctx) {
        where(ctx);
        if (node.name) used.push({ name: node.name, pos: node.position?.start });
        if (node.name === 'img') imageAttr(node.attributes, node.position?.start);
        if (node.name === 'Showcase' && node.position) {
          // The gallery's source pane is the exact text between <Showcase> and </Showcase>: one source, so the
          // shown MDX and the rendered result cannot drift.
          const lines = ctx.source.split('\n').slice(node.position.start.line, node.position.end.line - 1);
          while (lines.length && !lines[0]!.trim()) lines.shift();
          while (lines.length && !lines.at(-1)!.trim()) lines.pop();
          const title = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title')?.value;
          const attrs = { slot: 'source', code: dedent(lines.join('\n')), lang: 'mdx', meta: `title="${typeof title === 'string' ? title.replaceAll('"', "'") : 'Example'}.mdx"` };
          ctx.prependChild(node, { type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes: Object.entries(attrs).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })), children: [] });
        }
      },
      mdxJsxTextElement(node, ctx) {
        where(ctx);
        if (node.name) used.push({ name: node.name, pos: node.position?.start });
        if (node.name === 'img') imageAttr(node.attributes, node.position?.start);
      },
      link(node, ctx) {
        where(ctx);
        if (node.url.startsWith('/') || node.url.startsWith('#')) links.push({ href: node.url, pos: node.position?.start });
      },
      image(node, ctx) {
        where(ctx);
        images.push({ src: node.url, pos: node.position?.start });
      },
      code(node, ctx) {
        where(ctx);
        blocks += 1;
        const attrs: Record<string, string> = { code: node.value, lang: node.lang ?? '' };
        if (node.meta) attrs.meta = node.meta;
        const mode = options.typecheck ?? 'error';
        if (mode !== 'off' && wantsCheck(node.lang ?? undefined, node.meta ?? undefined)) {
          const code = dedent(node.value);
          const problems = problemsOf(typecheck(code));
          if (!problems.length) attrs.checked = 'true';
          const fence = node.position?.start;
          const cut = commonIndent(node.value);
          // A block that is not TypeScript at all (curly quotes, pseudo-code) yields dozens of errors: the first few say enough.
          const MAX_PER_BLOCK = 3;
          for (const p of problems.slice(0, MAX_PER_BLOCK)) {
            const line = fence ? fence.line + p.line : undefined;
            const column = fence ? fence.column + cut + p.column - 1 : undefined;
            const more = p === problems[MAX_PER_BLOCK - 1] && problems.length > MAX_PER_BLOCK ? ` (and ${problems.length - MAX_PER_BLOCK} more in this block)` : '';
            const message = `type error in code block ${blocks}${fence ? ` (the \`\`\`${node.lang} fence at line ${fence.line})` : ''}, line ${p.line} of the block: TS${p.code}: ${p.message}${more}`;
            const hint = `fix the example (it is checked against the Nango SDK declarations in src/types/nango), or mark a deliberate fragment with \`\`\`${node.lang} ${NOCHECK_MARKER}.`;
            if (mode === 'error') errors.push(new DocsError({ code: 'CodeTypeError', message, file, line, column, hint }));
            else options.warn?.(`${file}${line ? `:${line}:${column}` : ''} [CodeTypeError] ${message}. ${hint}`);
          }
        }
        return {
          type: 'mdxJsxFlowElement',
          name: 'CodeBlock',
          attributes: Object.entries(attrs).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
          children: [],
        };
      },
      after(_root, ctx) {
        where(ctx);
        for (const { name, pos } of used) {
          const head = name.split('.')[0]!;
          // Lowercase names are HTML elements (<img>, <br>, <details>...), handled by MDX itself.
          if (!/^[A-Z]/.test(head) || known.has(head) || declared.has(head)) continue;
          errors.push(
            new DocsError({
              code: 'UnknownComponent',
              message: `unknown component <${name}>`,
              file,
              line: pos?.line,
              column: pos?.column,
              hint: `known components: ${[...known].sort().join(', ')}. Fix the name, import it, or add it to src/components/docs/registry.ts.`,
            }),
          );
        }
        throwIfAny(errors);
        const publicDir = options.publicDir ?? join(options.root, 'public');
        for (const { src, pos } of images) {
          if (!src.startsWith('/') || src.startsWith('//')) continue;
          const path = decodeURI(src.split(/[?#]/)[0]!);
          if (existsSync(join(publicDir, path)) || staticRoutes(options.root).includes(path)) continue;
          options.warn?.(`${file}${pos ? `:${pos.line}:${pos.column}` : ''} [MissingImage] image "${src}" is not in public/: the page builds, the image will not load. Add public${path} or fix the path.`);
        }
        if (options.checkLinks && abs && links.length) {
          for (const { href, pos } of links) {
            const at = `${file}${pos ? `:${pos.line}:${pos.column}` : ''}`;
            const [rawPath, hash = ''] = href.split('#') as [string, string?];
            const target = rawPath ? sourceOfUrl(rawPath, options.root) : abs;
            if (!target) {
              options.warn?.(`${at} [BrokenLink] link to "${href}": no page at ${rawPath}. Fix the path (pages live at their path under content/).`);
              continue;
            }
            if (!hash || target === true || hash === 'top') continue;
            const anchors = anchorsOf(target, options.root);
            if (!anchors.has(decodeURIComponent(hash))) {
              const shown = rawPath || 'this page';
              options.warn?.(`${at} [BrokenAnchor] link to "${href}": ${shown} has no "#${hash}" heading or id${anchors.size ? ` (it has: ${[...anchors].slice(0, 8).map((a) => `#${a}`).join(', ')}${anchors.size > 8 ? ', ...' : ''})` : ''}.`);
            }
          }
        }
      },
    };
  };
}
