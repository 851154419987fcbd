import type { RootContent } from 'mdast';
import type { UseCase } from '../schemas/use-cases.ts';
import { code, heading, jsx, link, table, text } from './mdast.ts';

/** Options of the use-case snippet; the defaults are Nango's URLs. */
export interface UseCasesOptions {
  /** Page explaining syncs. */
  syncDocsUrl?: string | undefined;
  /** Page explaining actions. */
  actionDocsUrl?: string | undefined;
  /** Where the source of a template lives: `${sourceBaseUrl}/<integration>/<syncs|actions>/<name>.ts`. */
  sourceBaseUrl?: string | undefined;
  /** Link of the "build your own" tip shown when a provider has no use cases. */
  buildYourOwnUrl?: string | undefined;
  /** Folder name of the templates when they live under another integration. */
  sourceKey?: string | undefined;
}

type UseCaseUrls = Record<'syncDocsUrl' | 'actionDocsUrl' | 'sourceBaseUrl' | 'buildYourOwnUrl', string>;

export const USE_CASE_DEFAULTS: UseCaseUrls = {
  syncDocsUrl: '/guides/functions/syncs/sync-functions',
  actionDocsUrl: '/guides/functions/action-functions',
  sourceBaseUrl: 'https://github.com/NangoHQ/integration-templates/blob/main/integrations',
  buildYourOwnUrl: '/guides/functions/functions-guide',
};

export const OTHERS = 'Others';

/** Groups rows by endpoint group: groups sorted by name, "Others" (no group) last, rows by name within a group. */
export function groupUseCases(rows: UseCase[]): [string, UseCase[]][] {
  const groups = new Map<string, UseCase[]>();
  for (const row of rows) {
    const g = row.group?.trim() || OTHERS;
    groups.set(g, [...(groups.get(g) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === OTHERS ? 1 : b === OTHERS ? -1 : a.localeCompare(b, 'en')))
    .map(([g, list]) => [g, [...list].sort((x, y) => x.name.localeCompare(y.name, 'en') || x.type.localeCompare(y.type))]);
}

/** The "Pre-built use cases" snippet: one table per group, or an empty state with a way forward. */
export function renderUseCases(providerKey: string, rows: UseCase[], options: UseCasesOptions = {}): RootContent[] {
  const o: UseCaseUrls = { ...USE_CASE_DEFAULTS };
  for (const k of Object.keys(o) as (keyof UseCaseUrls)[]) o[k] = options[k] ?? o[k];
  // The section heading is part of the snippet so the Overview card's `#pre-built-integrations` always resolves
  // (Nango's snippets omit it, and their card points at nothing).
  const title = heading(2, 'Pre-built integrations');
  if (rows.length === 0) {
    return [
      title,
      { type: 'paragraph', children: [{ type: 'emphasis', children: [text('No pre-built syncs or actions available yet.')] }] },
      jsx('Tip', {}, [{ type: 'paragraph', children: [text('Not seeing the integration you need? '), link(o.buildYourOwnUrl, [text('Build your own')]), text(' independently.')] }]),
    ];
  }
  const folder = options.sourceKey ?? providerKey;
  return [title, ...groupUseCases(rows).flatMap(([group, list]): RootContent[] => [
    heading(3, group),
    table(
      ['Function name', 'Description', 'Type', 'Source code'],
      list.map((r) => [
        [code(r.name)],
        [text(r.description)],
        [link(r.type === 'sync' ? o.syncDocsUrl : o.actionDocsUrl, [text(r.type === 'sync' ? 'Sync' : 'Action')])],
        [link(`${o.sourceBaseUrl}/${folder}/${r.type}s/${r.name}.ts`, [text('🔗 Github')])],
      ]),
    ),
  ])];
}
