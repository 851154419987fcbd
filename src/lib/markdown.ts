import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import { toMarkdown } from 'mdast-util-to-markdown';
import { withMemoisedText } from './md-text.ts';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { Root, RootContent, PhrasingContent, ListItem, BlockContent } from 'mdast';
import { dedent, stripMarkers } from './code-fences.ts';
import { mdxSyntaxError } from './errors.ts';
import { blankFrontmatter } from './pages.ts';
import { IMPORT_RE, importSpecifiers } from './mdx-imports.ts';
import { buildCode, defaultExampleOf, plainCode } from './request-example.ts';
import type { Provider } from '../schemas/provider.ts';

/**
 * A page as clean Markdown, for `/<page>.md`, `llms-full.txt` and "Copy page as Markdown": imported snippets
 * are inlined (generated ones included), components become plain Markdown (cards -> links, callouts ->
 * quotes, steps -> numbered list, tabs -> labelled sections, fields -> lists), and MDX syntax is gone.
 */

type Node = RootContent & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[] };

/** `/integrations/x/` -> `/integrations/x.md`; `/` -> `/index.md`. */
export function markdownUrlOf(url: string): string {
  const clean = url.replace(/\/+$/, '');
  return `${clean || '/index'}.md`;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const para = (children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });

function attr(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  if (typeof a.value === 'string') return a.value;
  if (a.value === null || a.value === undefined) return 'true';
  const v = a.value as { value?: string };
  return typeof v.value === 'string' ? v.value.replace(/^["']|["']$/g, '') : undefined;
}

export interface MarkdownContext {
  root: string;
  /** Renders `<RequestExample>` as plain code (given its attributes); without it the example is left out. */
  requestExample?: ((attrs: Record<string, string>, page: string | undefined) => { lang: string; code: string }[]) | undefined;
  /** The attributes of the request example a provider page without its own gets (its "Try a request" section). */
  defaultRequest?: ((page: string, pageSource: string) => Record<string, string> | undefined) | undefined;
  /** Provider key of the page being converted (for components that default to it). */
  page?: string | undefined;
}

/**
 * Converted files, by path and modification time: a snippet shared by every page (the overview) is converted
 * once per build, not once per page (profiled: Markdown output was the largest JS cost of a 1,000-page build).
 */
const converted = new Map<string, { mtime: number; nodes: RootContent[] }>();

/**
 * Converts one MDX file (page or snippet) to mdast nodes without MDX, inlining imported snippets.
 * `source`: the file's text when the caller has read it already.
 */
function convertFile(file: string, ctx: MarkdownContext, depth = 0, source?: string): RootContent[] {
  if (depth > 8 || !existsSync(file)) return [];
  const mtime = statSync(file).mtimeMs;
  const hit = converted.get(file);
  if (hit && hit.mtime === mtime) return hit.nodes;
  const nodes = convertFileUncached(file, ctx, depth, source);
  converted.set(file, { mtime, nodes });
  return nodes;
}

function convertFileUncached(file: string, ctx: MarkdownContext, depth: number, raw = readFileSync(file, 'utf8')): RootContent[] {
  // The frontmatter is blanked, not cut, so a syntax error has the file's own line numbers.
  const source = blankFrontmatter(raw);
  let tree: Root;
  try {
    tree = mdxToMdast(source) as unknown as Root;
  } catch (e) {
    // Reported like the HTML page's compile error (this conversion may run first, for /llms-full.txt).
    throw mdxSyntaxError(e, relative(ctx.root, file).split('\\').join('/'));
  }
  const imports = new Map<string, string>();
  for (const m of source.matchAll(IMPORT_RE)) {
    const spec = m[3]!;
    if (!/\.mdx?$/.test(spec)) continue;
    const target = spec.startsWith('/') ? join(ctx.root, spec) : resolve(dirname(file), spec);
    for (const [imported, local] of importSpecifiers(m[1]!)) if (imported === 'default') imports.set(local, target);
  }
  return convertChildren(tree.children as Node[], imports, ctx, depth);
}

function convertChildren(nodes: Node[], imports: Map<string, string>, ctx: MarkdownContext, depth: number): RootContent[] {
  // Components that each become a one-item list (fields, cards) read as one list when adjacent.
  const out: RootContent[] = [];
  for (const n of nodes.flatMap((n) => convertNode(n, imports, ctx, depth))) {
    const prev = out.at(-1);
    if (prev?.type === 'list' && n.type === 'list' && Boolean(prev.ordered) === Boolean(n.ordered)) out[out.length - 1] = { ...prev, children: [...prev.children, ...n.children] };
    else out.push(n);
  }
  return out;
}

function convertNode(node: Node, imports: Map<string, string>, ctx: MarkdownContext, depth: number): RootContent[] {
  const kids = () => convertChildren(node.children ?? [], imports, ctx, depth);
  switch (node.type) {
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'yaml':
      return [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return convertComponent(node, imports, ctx, depth, kids);
    case 'code':
      // Fences indented inside lists and components keep their shared indentation in the source.
      // Our fence markers (```ts live, nocheck, provider=...) mean nothing outside the site.
      return [{ ...(node as RootContent & { value: string }), value: dedent((node as { value: string }).value), meta: stripMarkers((node as { meta?: string | null }).meta) } as RootContent];
    default:
      if (node.children) return [{ ...node, children: kids() } as RootContent];
      return [node as RootContent];
  }
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference', 'footnoteReference', 'html']);

/** Wraps runs of inline nodes (a component written on one line holds text, not paragraphs) into paragraphs. */
function blockify(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    // Trim the whitespace MDX leaves around inline content.
    if (run.some((n) => n.type !== 'text' || n.value.trim())) {
      const first = run[0];
      if (first?.type === 'text') run[0] = { ...first, value: first.value.replace(/^\s+/, '') };
      const last = run.at(-1);
      if (last?.type === 'text') run[run.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
      out.push(para(run));
    }
    run = [];
  };
  for (const n of nodes) {
    if (PHRASING.has(n.type)) run.push(n as PhrasingContent);
    else {
      flush();
      out.push(n);
    }
  }
  flush();
  return out;
}

/** Inline content of nodes (paragraph children, or the nodes themselves when inline). */
function inlineOf(nodes: RootContent[]): PhrasingContent[] {
  return blockify(nodes).flatMap((k) => (k.type === 'paragraph' ? k.children : []));
}

function convertComponent(node: Node, imports: Map<string, string>, ctx: MarkdownContext, depth: number, rawKids: () => RootContent[]): RootContent[] {
  const name = node.name ?? '';
  const kids = () => blockify(rawKids());
  const snippet = imports.get(name);
  if (snippet) return convertFile(snippet, ctx, depth + 1);
  const title = attr(node, 'title');
  const inline = node.type === 'mdxJsxTextElement';
  switch (name) {
    case 'CardGroup':
      return [{ type: 'list', ordered: false, spread: false, children: kids().flatMap((k) => (k.type === 'list' ? k.children : [])) }];
    case 'Card': {
      const href = attr(node, 'href');
      const body = inlineOf(rawKids());
      const head: PhrasingContent = href ? { type: 'link', url: href, children: [text(title ?? href)] } : strong(title ?? '');
      const item: ListItem = { type: 'listItem', spread: false, children: [para(body.length ? [head, text(': '), ...body] : [head]) as BlockContent] };
      return [{ type: 'list', ordered: false, spread: false, children: [item] }];
    }
    case 'Steps': {
      const items = kids().flatMap((k) => (k.type === 'list' ? k.children : []));
      return [{ type: 'list', ordered: true, spread: true, children: items }];
    }
    case 'Step':
      return [{ type: 'list', ordered: true, spread: true, children: [{ type: 'listItem', spread: true, children: [...(title ? [para([strong(title)])] : []), ...kids()] as BlockContent[] }] }];
    case 'Accordion':
    case 'Tab':
    case 'Expandable':
      return [...(title ? [para([strong(name === 'Expandable' ? title : title)])] : []), ...kids()];
    case 'Tip':
    case 'Note':
    case 'Warning':
    case 'Info':
    case 'Check':
    case 'Callout': {
      const label = name === 'Callout' ? (attr(node, 'type') ?? 'note') : name;
      const children = kids();
      const first = children[0];
      const lead = strong(`${label.charAt(0).toUpperCase()}${label.slice(1)}:`);
      const body: RootContent[] = first?.type === 'paragraph' ? [para([lead, text(' '), ...first.children]), ...children.slice(1)] : [para([lead]), ...children];
      return [{ type: 'blockquote', children: body as BlockContent[] }];
    }
    case 'ResponseField':
    case 'ParamField': {
      const fieldName = attr(node, 'name') ?? attr(node, 'query') ?? attr(node, 'path') ?? attr(node, 'body') ?? attr(node, 'header') ?? '';
      const facts = [attr(node, 'type'), attr(node, 'required') === 'true' ? 'required' : undefined, attr(node, 'default') ? `default ${attr(node, 'default')}` : undefined].filter(Boolean);
      const children = kids();
      const first = children[0];
      const head: PhrasingContent[] = [{ type: 'inlineCode', value: fieldName }, ...(facts.length ? [text(` (${facts.join(', ')})`)] : [])];
      const lead = first?.type === 'paragraph' ? [para([...head, text(': '), ...first.children]), ...children.slice(1)] : [para(head), ...children];
      return [{ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: lead as BlockContent[] }] }];
    }
    case 'Update':
      return [{ type: 'heading', depth: 3, children: [text(`${attr(node, 'label') ?? ''}${attr(node, 'description') ? ` (${attr(node, 'description')})` : ''}`)] }, ...kids()];
    case 'Frame': {
      const caption = attr(node, 'caption');
      return [...kids(), ...(caption ? [para([{ type: 'emphasis', children: [text(caption)] }])] : [])];
    }
    case 'img': {
      const img: PhrasingContent = { type: 'image', url: attr(node, 'src') ?? '', alt: attr(node, 'alt') ?? '' };
      return inline ? [img as unknown as RootContent] : [para([img])];
    }
    case 'br':
      return [{ type: 'break' } as unknown as RootContent];
    case 'Icon':
      return [];
    case 'RequestExample': {
      const attrs = Object.fromEntries((node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name).map((a) => [a.name!, attr(node, a.name!) ?? '']));
      return (ctx.requestExample?.(attrs, ctx.page) ?? []).map((b) => ({ type: 'code', lang: b.lang, value: b.code }) as RootContent);
    }
    case 'Badge':
    case 'Tooltip':
    default:
      // Inline elements keep their phrasing; block wrappers (AccordionGroup, Tabs, CodeGroup, div...) vanish.
      return inline ? rawKids() : kids();
  }
}

/**
 * The context of a site's pages: request examples become their cURL through the proxy (`proxyBaseUrl`), and a
 * provider page without its own gets the metadata's default one, as on the HTML page.
 */
export function requestContext(root: string, providers: ReadonlyMap<string, Provider>, proxyBaseUrl: string): MarkdownContext {
  return {
    root,
    requestExample: (attrs, page) => {
      const provider = providers.get(attrs['provider'] ?? page ?? '');
      if (!provider || !attrs['endpoint']) return [];
      const spec = { provider, endpoint: attrs['endpoint'], method: attrs['method'] ?? 'GET', proxyBaseUrl };
      const defaults = { ENDPOINT: spec.endpoint, METHOD: spec.method, 'PROXY-BASE': spec.proxyBaseUrl.replace(/\/$/, '') };
      return [{ lang: 'bash', code: plainCode(buildCode(spec, 'proxy', 'curl'), defaults) }];
    },
    defaultRequest: (page, pageSource) => {
      const provider = providers.get(page);
      const example = provider ? defaultExampleOf(provider, pageSource) : undefined;
      return example && { endpoint: example.endpoint, method: example.method };
    },
  };
}

const SERIALIZE = withMemoisedText({ extensions: [gfmToMarkdown()], bullet: '-', rule: '-', emphasis: '_', fences: true });

const pageCache = new Map<string, { key: string; md: string }>();

/** The Markdown of a page: `# Title`, the description, then the content (cached: /x.md and llms-full.txt share it). */
export function pageToMarkdown(file: string, title: string, description: string | undefined, ctx: MarkdownContext): string {
  const key = `${existsSync(file) ? statSync(file).mtimeMs : 0}|${title}|${description ?? ''}`;
  const hit = pageCache.get(file);
  if (hit && hit.key === key) return hit.md;
  const md = pageToMarkdownUncached(file, title, description, ctx);
  pageCache.set(file, { key, md });
  return md;
}

function pageToMarkdownUncached(file: string, title: string, description: string | undefined, ctx: MarkdownContext): string {
  const children: RootContent[] = [{ type: 'heading', depth: 1, children: [text(title)] }];
  if (description) children.push(para([text(description)]));
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  children.push(...convertFile(file, ctx, 0, source));
  // As on the HTML page: a provider page with no request example of its own ends with one from metadata.
  const fallback = ctx.page ? ctx.defaultRequest?.(ctx.page, source) : undefined;
  const blocks = fallback ? (ctx.requestExample?.(fallback, ctx.page) ?? []) : [];
  if (blocks.length) children.push({ type: 'heading', depth: 2, children: [text('Try a request')] }, ...blocks.map((b) => ({ type: 'code', lang: b.lang, value: b.code }) as RootContent));
  return toMarkdown({ type: 'root', children } as Root, SERIALIZE);
}
