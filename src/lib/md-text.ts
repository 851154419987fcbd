import { defaultHandlers, type Handle, type Options } from 'mdast-util-to-markdown';

/**
 * mdast-util-to-markdown options whose `text` handler memoises escaping. Escaping a text node runs every
 * "unsafe" pattern of the syntax over it, and it was most of the time of turning a catalog into Markdown
 * (generated snippets, page `.md` files): the same texts (shared snippets, table cells, phrases) come back on
 * every page. The result of escaping depends only on the text, the characters around it, the constructs it is
 * in, the characters to encode and the types of its neighbours, so those are the key; the patterns are fixed
 * by `options`, which is why each set of options gets its own memo. Bounded: cleared when full.
 */
export function withMemoisedText(options: Options, limit = 50_000): Options {
  const memo = new Map<string, string>();
  const text: Handle = (node: { value: string }, parent, state, info) => {
    const siblings = (parent as { children?: { type: string }[] } | undefined)?.children ?? [];
    const index = state.indexStack[state.indexStack.length - 1] ?? -1;
    const key = [node.value, info.before, info.after, state.stack.join(','), (info as { encode?: string[] }).encode?.join('') ?? '', siblings[index - 1]?.type ?? '', siblings[index + 1]?.type ?? ''].join('\u0000');
    let out = memo.get(key);
    if (out === undefined) {
      out = defaultHandlers.text(node as never, parent as never, state, info);
      if (memo.size >= limit) memo.clear();
      memo.set(key, out);
    }
    return out;
  };
  return { ...options, handlers: { ...options.handlers, text } };
}
