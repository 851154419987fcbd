import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, dirname } from 'node:path';
import { parseDocument } from 'yaml';
import { DocsError } from './errors.ts';
import { PageFrontmatterSchema, type PageFrontmatter } from '../schemas/page.ts';
import type { ProvidersData } from './metadata.ts';

/** A page file under `content/` and what the build needs to know about it before compiling it. */
export interface PageFile {
  /** Absolute path. */
  file: string;
  /** Path relative to the project root (for messages), e.g. `content/integrations/checkr-partner-staging.mdx`. */
  shown: string;
  /** Entry id / URL path without slashes, e.g. `integrations/checkr-partner-staging`. */
  id: string;
  frontmatter: PageFrontmatter;
  /** Provider this page documents, if any. */
  provider: string | undefined;
}

/** `integrations/checkr-partner-staging.mdx` -> `/integrations/checkr-partner-staging/`; `index.mdx` -> its folder. */
export function urlOfId(id: string): string {
  const clean = id.replace(/(^|\/)index$/, '');
  return clean ? `/${clean}/` : '/';
}

/** Lists `.mdx` pages under `contentDir` (files and folders starting with `_` are skipped). */
export function listPageFiles(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name))
    .filter((f) => !relative(contentDir, f).split(/[\\/]/).some((seg) => seg.startsWith('_')))
    .sort();
}

/** A page's frontmatter block, from the opening `---` to the line break after the closing one; 1 = the YAML. */
export const FRONTMATTER_RE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** The source with its frontmatter turned into blank lines, so the body keeps the file's line numbers. */
export function blankFrontmatter(source: string): string {
  return source.replace(FRONTMATTER_RE, (fm) => '\n'.repeat(fm.split('\n').length - 1));
}

/** Reads a page's frontmatter block; errors name the file and line. */
export function readFrontmatter(file: string, shown: string, source = readFileSync(file, 'utf8')): PageFrontmatter {
  const m = FRONTMATTER_RE.exec(source);
  if (!m) {
    throw new DocsError({ code: 'InvalidFrontmatter', message: 'the page has no frontmatter', file: shown, line: 1, hint: 'start the file with a `---` block holding at least `title: ...`.' });
  }
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new DocsError({ code: 'InvalidFrontmatter', message: `invalid YAML in frontmatter: ${e.message.split('\n')[0]}`, file: shown, line: (e.linePos?.[0]?.line ?? 0) + 1, hint: 'fix the frontmatter YAML.' });
  }
  const parsed = PageFrontmatterSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DocsError({
      code: 'InvalidFrontmatter',
      message: `frontmatter field "${issue.path.join('.') || '(root)'}": ${issue.message}`,
      file: shown,
      line: 2,
      hint: 'pages need `title:`; see src/schemas/page.ts for the other fields.',
    });
  }
  return parsed.data;
}

/** Folders whose direct `.mdx` files are provider pages (ours, and Nango's older and newer layouts). */
export const PROVIDER_PAGE_DIRS = ['integrations', 'integrations/all', 'api-integrations'];

/** Provider a page documents: frontmatter `provider`, else the file name of a page directly in a provider-page folder. */
export function providerOfPage(id: string, fm: PageFrontmatter): string | undefined {
  if (fm.provider === false) return undefined;
  if (typeof fm.provider === 'string') return fm.provider;
  return PROVIDER_PAGE_DIRS.includes(dirname(id)) ? basename(id) : undefined;
}

/** Reads every page, checks its frontmatter and that its provider exists. Collects all problems before throwing. */
export function scanPages(root: string, contentDir: string, providers: ProvidersData): { pages: PageFile[]; errors: DocsError[] } {
  const pages: PageFile[] = [];
  const errors: DocsError[] = [];
  for (const file of listPageFiles(contentDir)) {
    const shown = relative(root, file).split('\\').join('/');
    const id = relative(contentDir, file).replace(/\.mdx$/, '').split('\\').join('/');
    try {
      const frontmatter = readFrontmatter(file, shown);
      const provider = providerOfPage(id, frontmatter);
      if (provider && !providers.providers.has(provider)) {
        errors.push(
          new DocsError({
            code: 'PageWithoutProvider',
            message: `this page documents provider "${provider}", which has no entry in ${providers.file}`,
            file: shown,
            hint: `add "${provider}:" to ${providers.file} (npm run new -- ${provider} scaffolds one), rename the page to an existing provider key, or set \`provider: false\` in its frontmatter if it documents no provider.`,
          }),
        );
      }
      pages.push({ file, shown, id, frontmatter, provider });
    } catch (e) {
      if (e instanceof DocsError) errors.push(e);
      else throw e;
    }
  }
  return { pages, errors };
}
