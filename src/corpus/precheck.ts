import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { createMdxChecksPlugin } from '../integration/mdx-plugin.ts';
import { DOC_COMPONENT_NAMES } from '../components/docs/registry.ts';
import type { TypecheckMode } from '../lib/checked-code.ts';
import { blankFrontmatter } from '../lib/pages.ts';
import { IMPORT_RE } from '../lib/mdx-imports.ts';

/**
 * Compiles every page and the snippets it imports, one by one, with the same MDX compiler and checks the
 * build uses, so a broken page is found (and reported with its reason) before the site build, which
 * would otherwise stop at the first error.
 */

export interface PageCheck {
  /** Path relative to the project root. */
  file: string;
  ok: boolean;
  reason?: string;
  /** Files (relative) this page imports, transitively. */
  imports: string[];
}

export interface Prechecker {
  check(file: string): PageCheck;
  /** Non-fatal findings of the compile checks (type errors in code examples when typecheck is 'warn', ...). */
  readonly warnings: readonly string[];
}

export function createPrechecker(root: string, options: { typecheck?: TypecheckMode } = {}): Prechecker {
  const cache = new Map<string, { reason: string | undefined; imports: string[] }>();
  const warnings: string[] = [];
  const plugin = createMdxChecksPlugin({ root, knownComponents: DOC_COMPONENT_NAMES, providersFile: 'content/providers.yaml', typecheck: options.typecheck, warn: (m) => warnings.push(m) });

  function compileOne(abs: string, stack: string[]): { reason: string | undefined; imports: string[] } {
    const hit = cache.get(abs);
    if (hit) return hit;
    const rel = relative(root, abs);
    if (stack.includes(abs)) return { reason: `import cycle: ${[...stack, abs].map((f) => relative(root, f)).join(' -> ')}`, imports: [] };
    if (!existsSync(abs)) return { reason: `${rel} does not exist`, imports: [] };
    const source = readFileSync(abs, 'utf8');
    let reason: string | undefined;
    try {
      mdxToJs(blankFrontmatter(source), { mdastPlugins: [plugin], fileURL: pathToFileURL(abs), jsxImportSource: 'astro' });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      reason = /\[[A-Z][A-Za-z]+\]/.test(msg) ? msg : `${rel}: [MdxSyntax] ${msg.split('\n')[0]}`;
    }
    const imports: string[] = [];
    for (const m of source.matchAll(IMPORT_RE)) {
      const spec = m[3]!;
      if (!/\.mdx?$/.test(spec)) continue;
      const target = spec.startsWith('/') ? join(root, spec) : resolve(dirname(abs), spec);
      if (!existsSync(target)) continue; // Already reported by the checks plugin as MissingSnippet.
      imports.push(relative(root, target));
      const sub = compileOne(target, [...stack, abs]);
      imports.push(...sub.imports);
      reason ??= sub.reason;
    }
    const result = { reason, imports: [...new Set(imports)] };
    cache.set(abs, result);
    return result;
  }

  return {
    warnings,
    check(file) {
      const r = compileOne(join(root, file), []);
      return { file, ok: r.reason === undefined, ...(r.reason ? { reason: r.reason } : {}), imports: r.imports };
    },
  };
}
