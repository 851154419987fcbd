import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import ts from 'typescript';
import { createTwoslasher, type TwoslashReturn } from 'twoslash';

/**
 * Checked code examples: TypeScript blocks on pages are type-checked at build time with twoslash against the
 * Nango SDK declarations this project ships (src/types/nango), and the same twoslash result gives readers hover
 * types. A block opts out with the fence marker `nocheck` (```ts nocheck) when it is a deliberate fragment.
 *
 * The MDX plugin (src/integration/mdx-plugin.ts) checks each block while compiling, so a type error fails the
 * build with file, block and line; CodeBlock renders the same (memoised) result with hover types.
 */

/** Code-check policy: fail the build, report a warning, or skip type-checks entirely. */
export type TypecheckMode = 'error' | 'warn' | 'off';

/** One type error, positioned in the block (1-based line and column). */
export interface CodeProblem { line: number; column: number; code: string; message: string }

// Where the declarations are: next to this file, or under the project root when this module runs bundled
// (the render-time MDX compiler, src/lib/mdx-pages.ts, calls `setTypesRoot`).
let typeRoots = [fileURLToPath(new URL('../types/', import.meta.url)), fileURLToPath(new URL('../../node_modules/@types/', import.meta.url))];

/** Checks against `<root>/src/types` and `<root>/node_modules/@types` (call before the first check). */
export function setTypesRoot(root: string): void {
  typeRoots = [join(root, 'src', 'types'), join(root, 'node_modules', '@types')];
}

let twoslasher: ReturnType<typeof createTwoslasher> | undefined;
function getTwoslasher(): ReturnType<typeof createTwoslasher> {
  twoslasher ??= createTwoslasher({
    tsModule: ts,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      // Every block is its own module: top-level await works and a block's `const nango` shadows the global one.
      moduleDetection: ts.ModuleDetectionKind.Force,
      strict: true,
      skipLibCheck: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      typeRoots,
      types: ['node', 'nango'],
    },
  });
  return twoslasher;
}

/** Results by block hash, shared by the MDX plugin (compile time) and CodeBlock (render time) of one process. */
const CACHE_KEY = Symbol.for('catalog-docs.checked-code');
type Cache = Map<string, TwoslashReturn>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as Cache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = cache;

const blockHash = (code: string): string => createHash('sha1').update(code).digest('hex').slice(0, 16);

/** Type-checks one block (memoised by content): the twoslash result, with `errors` left for the caller. */
export function typecheck(code: string): TwoslashReturn {
  const key = blockHash(code);
  let result = cache.get(key);
  if (!result) {
    result = getTwoslasher()(code, 'ts', { handbookOptions: { noErrorValidation: true } });
    cache.set(key, result);
  }
  return result;
}

/** Type errors of a result (twoslash counts lines and characters from 0). */
export function problemsOf(result: TwoslashReturn): CodeProblem[] {
  return result.errors
    .filter((e) => e.level === 'error' || e.level === undefined)
    .map((e) => ({ line: e.line + 1, column: e.character + 1, code: String(e.code ?? ''), message: e.text }));
}
