import type { z } from 'zod';

/**
 * Schemas by their source text: a component's frontmatter runs on every render, and building a zod schema (and
 * zod's compiled fast path for it) for each of 15,000 component renders cost more than the checks themselves.
 * Keyed by the factory's text, so an edited schema in `npm run dev` is a new entry, never a stale one.
 */
const schemas = new Map<string, z.ZodType>();

/**
 * Validates a component's props against the schema `schema()` builds (once per build); a bad prop fails the
 * build with the component's name, the prop, what was expected and what the page passed.
 */
export function propsOrThrow<S extends z.ZodType>(component: string, schema: () => S, props: unknown): z.infer<S> {
  const key = `${component}\0${schema.toString()}`;
  let built = schemas.get(key) as S | undefined;
  if (!built) schemas.set(key, (built = schema()));
  const result = built.safeParse(props);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(props)'}: ${i.message}`);
  throw new Error(`[InvalidComponentProps] <${component}> received invalid props:\n${lines.join('\n')}\n  Hint: fix the attribute on the <${component}> element (see src/components/docs/${component}.astro).`);
}
