/**
 * The error catalog. Every problem a contributor can cause (bad YAML, a provider that fails the schema,
 * a page without metadata, an unknown component...) is a `DocsError` with a stable code, the file (and
 * line/column where known), what is wrong and how to fix it. The build prints `format()` and exits 1.
 */

export type DocsErrorCode =
  | 'InvalidYaml'
  | 'InvalidProvider'
  | 'InvalidUseCases'
  | 'UnknownAlias'
  | 'PageWithoutProvider'
  | 'InvalidFrontmatter'
  | 'UnknownComponent'
  | 'MissingSnippet'
  | 'UnsupportedImport'
  | 'MdxSyntax'
  | 'CodeTypeError'
  | 'InvalidComponentProps'
  | 'StaleSnippets'
  | 'InvalidProviderKey'
  | 'ProviderExists'
  | 'ProviderWithoutPage'
  | 'BrokenMetadataLink'
  | 'TitleMismatch';

export interface DocsErrorInit {
  code: DocsErrorCode;
  /** What is wrong, one sentence. */
  message: string;
  /** Path relative to the project root where possible. */
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  /** What to do about it. */
  hint?: string | undefined;
}

export class DocsError extends Error {
  readonly code: DocsErrorCode;
  /** What is wrong, without location or hint (`message` carries the whole formatted text). */
  readonly detail: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;

  constructor(init: DocsErrorInit) {
    super(formatParts(init));
    this.name = 'DocsError';
    this.code = init.code;
    this.detail = init.message;
    this.file = init.file;
    this.line = init.line;
    this.column = init.column;
    this.hint = init.hint;
  }
}

/** `file:line:col`, or the file alone, or '' when unknown. */
export function formatLocation(file?: string, line?: number, column?: number): string {
  if (!file) return '';
  let loc = file;
  if (line !== undefined) loc += `:${line}`;
  if (line !== undefined && column !== undefined) loc += `:${column}`;
  return loc;
}

function formatParts(init: DocsErrorInit): string {
  const loc = formatLocation(init.file, init.line, init.column);
  const hint = init.hint ? `\n  Hint: ${init.hint}` : '';
  return `${loc ? `${loc} ` : ''}[${init.code}] ${init.message}${hint}`;
}

/** Several problems found in one pass: reported together so a contributor fixes them in one go. */
export class DocsErrors extends Error {
  readonly errors: DocsError[];
  constructor(errors: DocsError[]) {
    super(`${errors.length} problems:\n\n` + errors.map((e) => e.message).join('\n\n'));
    this.name = 'DocsErrors';
    this.errors = errors;
  }
}

/** Throws the errors (one as itself, several as `DocsErrors`); no-op when the list is empty. */
export function throwIfAny(errors: DocsError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new DocsErrors(errors);
}

/** The hint for MDX syntax errors (shared with src/cli/errors.ts's wording). */
export const MDX_SYNTAX_HINT = 'MDX is stricter than Markdown: close every component tag (<Tip>...</Tip> or <Tip />), balance or escape braces (\\{ \\}), and escape a literal "<" as &lt;.';

/** A Sätteri compile error (`"12:1: Expected a closing tag..."`) as an `MdxSyntax` error at `file:line:col`; ours pass through. */
export function mdxSyntaxError(e: unknown, file: string): Error {
  if (e instanceof DocsError || e instanceof DocsErrors) return e;
  const message = e instanceof Error ? e.message : String(e);
  // A plugin's DocsError that arrives re-wrapped keeps its own code and location.
  if (e instanceof Error && /\[(?:[A-Z][a-z]+){2,}\]/.test(message)) return e;
  const m = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*)$/.exec(message);
  return new DocsError({
    code: 'MdxSyntax',
    message: m ? m[3]! : message,
    file,
    line: m ? Number(m[1]) : undefined,
    column: m ? Number(m[2]) : undefined,
    hint: MDX_SYNTAX_HINT,
  });
}
