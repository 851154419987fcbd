import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineHastPlugin, defineMdastPlugin, mdxToJs, type MdxCompileOptions, type MdxToJsResult } from 'satteri';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { Renderer } from 'astro/runtime/server/index.js';
import options, { components as docComponents } from 'virtual:catalog-docs/mdx-runtime';
import { createMdxChecksPlugin } from '../integration/mdx-plugin.ts';
import { IMPORT_RE, importSpecifiers } from './mdx-imports.ts';
import { externalLinksPlugin } from '../integration/hast-links.ts';
import { DOC_COMPONENT_NAMES } from '../components/docs/registry.ts';
import { DocsError, mdxSyntaxError } from './errors.ts';
import { setTypesRoot } from './checked-code.ts';

/**
 * Pages and the snippets they import, compiled and evaluated at render time, outside the bundler.
 *
 * Why: bundling every MDX module (1,000 pages + 2,000 snippets) into Astro's server bundle took most of a
 * catalog build's time and ~1.5 MB of memory per page (BENCHMARKS.md). Here each `.mdx` file is compiled by
 * Sätteri (the compiler @astrojs/mdx uses) with the same plugins as the Astro pipeline (our checks and links
 * plugins, heading ids), evaluated against Astro's JSX runtime, and tagged for Astro's `astro:jsx` renderer
 * exactly as @astrojs/mdx tags its `Content`; the doc components reach pages and snippets through the MDX
 * `components` prop. Imports of `.mdx` files (snippets) are resolved here, with a cache by file and
 * modification time (the overview snippet is compiled once per build; an edit in `npm run dev` recompiles the
 * file and the pages that import it).
 */

/** Set by the catalog-docs integration (src/integration/index.ts) through a virtual module. */
export interface MdxRuntimeOptions {
  root: string;
  publicDir: string;
  typecheck: 'error' | 'warn' | 'off';
  providersFile: string;
  /** The Sätteri processor's Markdown features (src/integration/index.ts resolves them as @astrojs/mdx does). */
  features: NonNullable<MdxCompileOptions['features']>;
}

type Props = Record<string, unknown> & { components?: Record<string, unknown> };
type MdxExports = Record<string, unknown> & { default: (props: Props) => unknown };
/** An MDX module's `Content`, as Astro renders it. */
export type MdxContent = ((props?: Props) => unknown) & Record<symbol, unknown>;

/** Heading ids as Astro's MDX pipeline sets them (github-slugger, one slugger per file; an explicit id wins). */
const headingIds = () => {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'catalog-docs-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node)));
      },
    },
  });
};

interface ImportRef { source: string; imported: string; binding: string; line: number | undefined; column: number | undefined }

/**
 * Rewrites `import X from "/snippets/a.mdx"` into `import { __mdx0_default as X } from "/snippets/a.mdx"`: in
 * Sätteri's function-body output every import reads its bindings from the evaluation argument, so distinct
 * names let two default imports coexist; the resolved modules are passed under those names. Runs after the
 * checks plugin, which sees the imports as written (missing snippet, declared names).
 */
const importsPlugin = (refs: ImportRef[]) => defineMdastPlugin({
  name: 'catalog-docs-mdx-imports',
  options: { position: true },
  mdxjsEsm(node) {
    let changed = false;
    const value = node.value.replace(IMPORT_RE, (whole, clause: string, quote: string, source: string) => {
      if (/^type\s/.test(clause)) return whole;
      changed = true;
      const n = refs.length;
      const specs = importSpecifiers(clause).map(([imported, local], i) => {
        const binding = `__mdx${n}_${i}`;
        refs.push({ source, imported, binding, line: node.position?.start.line, column: node.position?.start.column });
        return `${binding} as ${local}`;
      });
      return `import { ${specs.join(', ')} } from ${quote}${source}${quote}`;
    });
    return changed ? { type: 'mdxjsEsm' as const, value } : undefined;
  },
});

setTypesRoot(options.root);
const checks = createMdxChecksPlugin({
  root: options.root,
  knownComponents: DOC_COMPONENT_NAMES,
  providersFile: options.providersFile,
  publicDir: options.publicDir,
  checkLinks: true,
  typecheck: options.typecheck,
  warn: (m) => console.warn(`[catalog-docs] ${m}`),
});

interface Compiled { mtimeMs: number; deps: string[]; exports: MdxExports }
const cache = new Map<string, Compiled>();
const compiling = new Set<string>();

/** A cached module is fresh when neither it nor anything it imports (transitively) changed on disk. */
function fresh(file: string, seen = new Set<string>()): Compiled | undefined {
  const hit = cache.get(file);
  if (!hit || seen.has(file)) return hit;
  seen.add(file);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
  if (mtimeMs !== hit.mtimeMs || hit.deps.some((d) => !fresh(d, seen))) return undefined;
  return hit;
}

const shown = (file: string) => relative(options.root, file).split('\\').join('/');

/** Compiles and evaluates one `.mdx` file (and what it imports): its exports, `default` being the raw MDX component. */
function load(file: string): MdxExports {
  const hit = fresh(file);
  if (hit) return hit.exports;
  if (compiling.has(file)) throw new DocsError({ code: 'UnsupportedImport', message: 'this file imports itself (directly or through other snippets)', file: shown(file), hint: 'remove the circular import.' });
  compiling.add(file);
  try {
    const mtimeMs = statSync(file).mtimeMs;
    const source = readFileSync(file, 'utf8');
    const refs: ImportRef[] = [];
    let result: MdxToJsResult;
    try {
      // Synchronous: none of the plugins is async.
      result = mdxToJs(source, {
        mdastPlugins: [checks, importsPlugin(refs)],
        hastPlugins: [externalLinksPlugin, headingIds()],
        features: options.features,
        fileURL: pathToFileURL(file),
        outputFormat: 'function-body',
        elementAttributeNameCase: 'html',
      }) as MdxToJsResult;
    } catch (e) {
      throw mdxSyntaxError(e, shown(file));
    }
    const scope: Record<string, unknown> = { Fragment, jsx, jsxs };
    const deps: string[] = [];
    for (const ref of refs) {
      const target = ref.source.startsWith('/') ? join(options.root, ref.source) : isAbsolute(ref.source) ? ref.source : resolve(dirname(file), ref.source);
      if (!/\.mdx?$/.test(target)) {
        throw new DocsError({
          code: 'UnsupportedImport',
          message: `import of "${ref.source}": pages and snippets can import only .mdx files`,
          file: shown(file),
          line: ref.line,
          column: ref.column,
          hint: 'components need no import: add a component to src/components/docs/ and registry.ts to use it in every page.',
        });
      }
      deps.push(target);
      const mod = load(target);
      scope[ref.binding] = ref.imported === '*' ? mod : ref.imported === 'default' ? contentOf(target, mod) : mod[ref.imported];
    }
    let code = result.code;
    // MDX expressions may read the file's frontmatter (`{frontmatter.title}`), as @astrojs/mdx allows.
    if (/\bfrontmatter\b/.test(code) && !/\b(?:const|let|var|function)\s+frontmatter\b/.test(code)) {
      scope.__frontmatter = result.frontmatter?.kind === 'yaml' ? (parseYaml(result.frontmatter.value) ?? {}) : {};
      code = code.replace('"use strict";', '"use strict";\nconst frontmatter = arguments[0].__frontmatter;');
    }
    // The compiled function body comes from our own compiler over the project's files (same trust as bundling them).
    const exports = new Function(code)(scope) as MdxExports;
    cache.set(file, { mtimeMs, deps, exports });
    return exports;
  } finally {
    compiling.delete(file);
  }
}

const contents = new WeakMap<MdxExports, MdxContent>();

/** The module's `Content`, wired like @astrojs/mdx's: the doc components, then the module's own, then the caller's. */
function contentOf(file: string, mod: MdxExports): MdxContent {
  const known = contents.get(mod);
  if (known) return known;
  const own = (mod.components ?? {}) as Record<string, unknown>;
  const Content = ((props: Props = {}) => mod.default({ ...props, components: { Fragment, ...docComponents, ...own, ...props.components } })) as MdxContent;
  Content[Symbol.for('mdx-component')] = true;
  Content[Symbol.for('astro.needsHeadRendering')] = true;
  Object.assign(Content, { moduleId: file });
  // Rendered by @astrojs/mdx's `astro:jsx` renderer, as its own Content (what `__astro_tag_component__` does).
  Object.defineProperty(Content, Renderer, { value: 'astro:jsx', enumerable: false, writable: false });
  contents.set(mod, Content);
  return Content;
}

/** The renderable `Content` of a page, by its path relative to the project root (a content entry's `filePath`). */
export function pageContent(filePath: string): MdxContent {
  const file = resolve(options.root, filePath);
  return contentOf(file, load(file));
}
