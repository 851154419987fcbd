import { join } from 'node:path';

/** Where a project keeps its metadata, pages and snippets (the fixed layout). */
export function projectPaths(root: string) {
  return {
    root,
    content: join(root, 'content'),
    providers: join(root, 'content', 'providers.yaml'),
    useCases: join(root, 'content', 'use-cases.yaml'),
    generated: join(root, 'snippets', 'generated'),
  };
}

