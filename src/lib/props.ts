import type { z } from 'zod';

/**
 * Validates a component's props; a bad prop fails the build with the component's name, the prop,
 * what was expected and what the page passed.
 */
export function propsOrThrow<S extends z.ZodType>(component: string, schema: S, props: unknown): z.infer<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(props)'}: ${i.message}`);
  throw new Error(`[InvalidComponentProps] <${component}> received invalid props:\n${lines.join('\n')}\n  Hint: fix the attribute on the <${component}> element (see src/components/docs/${component}.astro).`);
}
