/**
 * The ESM imports of an MDX file (pages importing snippets), read the same way by the compile checks, the
 * render-time compiler, the Markdown converter and the corpus precheck. No dependencies: the Markdown worker
 * thread loads it too.
 */

/** An ESM import: 1 = the clause (`X, { a as b }`), 3 = the source. */
export const IMPORT_RE = /import\s+([\s\S]*?)\s+from\s+(['"])([^'"]+)\2/g;

/** `X, { a, b as c }, * as ns` -> [imported, local] pairs ('*' for a namespace, 'default' for X). */
export function importSpecifiers(clause: string): [string, string][] {
  const out: [string, string][] = [];
  const ns = /\*\s+as\s+([\w$]+)/.exec(clause);
  if (ns) out.push(['*', ns[1]!]);
  const named = /\{([\s\S]*)\}/.exec(clause);
  if (named) for (const part of named[1]!.split(',')) {
    const [imported, local = imported] = part.trim().split(/\s+as\s+/).map((s) => s.trim());
    if (imported) out.push([imported, local!]);
  }
  const def = /^\s*([\w$]+)\s*(,|$)/.exec(clause);
  if (def) out.push(['default', def[1]!]);
  return out;
}
