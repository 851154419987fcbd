/**
 * The floor: the bare cost of turning the catalog's MDX into HTML. In one process, with no bundler: every
 * page and its snippets compiled and evaluated with Sätteri (the MDX compiler Astro 7 uses), rendered to HTML
 * with a minimal JSX-to-string runtime, code blocks highlighted by one shared shiki highlighter, written to
 * disk. Usage: node scripts/bench/floor.ts <catalog-dir>
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from 'satteri';
import { createHighlighter } from 'shiki';
import { loadAndGenerate } from '../../src/integration/generate.ts';

type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: Props) => string;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const children = (c: unknown): string => (c === undefined || c === null || c === false ? '' : Array.isArray(c) ? c.map(children).join('') : typeof c === 'string' ? esc(c) : String(c));
const Fragment = Symbol('Fragment');
function jsx(type: unknown, props: Props): string {
  if (type === Fragment) return children(props.children);
  if (typeof type === 'function') return (type as Component)(props);
  const attrs = Object.entries(props).filter(([k, v]) => k !== 'children' && v !== undefined && v !== false).map(([k, v]) => ` ${k === 'className' ? 'class' : k}="${esc(String(v))}"`).join('');
  return `<${String(type)}${attrs}>${children(props.children)}</${String(type)}>`;
}
// Children rendered by nested jsx calls are already HTML: mark them so they are not escaped twice.
const raw = (html: string) => Object.assign(new String(html), { raw: true });
const childrenHtml = (c: unknown): string => (c instanceof String ? String(c) : Array.isArray(c) ? c.map(childrenHtml).join('') : children(c));
const runtime = {
  Fragment,
  jsx: (t: unknown, p: Props) => raw(jsx(t, { ...p, children: p.children === undefined ? undefined : raw(childrenHtml(p.children)) })),
  jsxs: (t: unknown, p: Props) => raw(jsx(t, { ...p, children: raw(childrenHtml(p.children)) })),
};

const root = process.argv[2]!;
const started = performance.now();
loadAndGenerate(root, { useCases: {} });
const hl = await createHighlighter({ themes: ['github-light-high-contrast', 'github-dark-high-contrast'], langs: ['ts', 'bash', 'json'] });
const html = (c: unknown) => String(childrenHtml(c));
const components: Record<string, Component> = {
  Card: (p) => `<a class="card" href="${esc(String(p.href ?? ''))}"><span>${esc(String(p.title ?? ''))}</span>${html(p.children)}</a>`,
  CardGroup: (p) => `<div class="card-group">${html(p.children)}</div>`,
  Accordion: (p) => `<details><summary>${esc(String(p.title))}</summary>${html(p.children)}</details>`,
  AccordionGroup: (p) => `<div>${html(p.children)}</div>`,
  Tip: (p) => `<aside class="tip">${html(p.children)}</aside>`,
  Note: (p) => `<aside class="note">${html(p.children)}</aside>`,
};
const compile = (file: string, extra: Record<string, Component> = {}): Component => {
  const source = readFileSync(file, 'utf8').replace(/^---[\s\S]*?---\n/, '').replace(/^import .*$/gm, '');
  const code = (p: Props) => hl.codeToHtml(String(p.code), { lang: String(p.lang || 'text'), themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false });
  const mod = evaluate(source, {
    ...runtime,
    mdastPlugins: [{ name: 'code', code: (node: { value: string; lang?: string | null }) => ({ type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes: [{ type: 'mdxJsxAttribute', name: 'code', value: node.value }, { type: 'mdxJsxAttribute', name: 'lang', value: node.lang ?? '' }], children: [] }) }],
  } as never) as { default: (p: Props) => unknown };
  const all = { ...components, CodeBlock: (p: Props) => raw(code(p)), ...extra };
  return (p: Props) => String(mod.default({ ...p, components: all }));
};
const overview = compile(join(root, 'snippets', 'overview.mdx'));
const out = join(root, 'floor-out');
mkdirSync(out, { recursive: true });
const pages = readdirSync(join(root, 'content', 'integrations')).filter((f) => f.endsWith('.mdx'));
for (const f of pages) {
  const key = f.replace(/\.mdx$/, '');
  const tooling = compile(join(root, 'snippets', 'generated', key, 'PreBuiltTooling.mdx'));
  const cases = compile(join(root, 'snippets', 'generated', key, 'PreBuiltUseCases.mdx'));
  const page = compile(join(root, 'content', 'integrations', f), { Overview: () => raw(overview({})) as never, PreBuiltTooling: () => raw(tooling({})) as never, PreBuiltUseCases: () => raw(cases({})) as never });
  writeFileSync(join(out, `${key}.html`), `<!doctype html><html><body><main>${page({})}</main></body></html>`);
}
console.log(JSON.stringify({ pages: pages.length, ms: Math.round(performance.now() - started) }));
