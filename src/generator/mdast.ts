import type { PhrasingContent, RootContent, Root, Table, TableRow } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxAttribute } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { withMemoisedText } from '../lib/md-text.ts';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { mdxToMarkdown } from 'mdast-util-mdx';

/**
 * Tiny builders for the mdast nodes the generator emits. Snippets are built as trees and serialised by
 * mdast-util-to-markdown, so text from metadata (a description with `|`, `{` or `<`) is escaped, never
 * spliced into MDX source.
 */

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
export const link = (url: string, children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children });
export const heading = (depth: 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });

/** A JSX element (`<Accordion title="...">`); attribute values are data, quoted by the serialiser. */
export function jsx(name: string, attrs: Record<string, string>, children: RootContent[]): MdxJsxFlowElement {
  const attributes: MdxJsxAttribute[] = Object.entries(attrs).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v }));
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

/** A GFM table; every cell is a list of phrasing nodes. */
export function table(header: string[], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: c })) });
  return { type: 'table', align: header.map(() => null), children: [row(header.map((h) => [text(h)])), ...rows.map(row)] };
}

const SERIALIZE = withMemoisedText({ extensions: [gfmTableToMarkdown({ tablePipeAlign: false }), mdxToMarkdown()], bullet: '-', rule: '-', emphasis: '_' });

/** Serialises a tree to MDX text with a "generated" banner. */
export function serialize(children: RootContent[], banner: string): string {
  const root: Root = { type: 'root', children };
  const body = toMarkdown(root, SERIALIZE);
  return `{/* ${banner} */}\n\n${body}`;
}
