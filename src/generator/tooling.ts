import type { RootContent } from 'mdast';
import { authModeLabel, isOAuthMode, type Provider } from '../schemas/provider.ts';
import { heading, jsx, table, text } from './mdast.ts';

/**
 * The "Pre-built tooling" snippet: four accordions of capability rows derived from a provider's metadata,
 * by the rules of Nango's docs (see tests/generator for the rows of checkr-partner-staging).
 */

export const ABSENT = '🚫 (time to contribute: <48h)';
export const PRESENT = '✅';
/** Nango marks a missing end-user guide with a bare 🚫 (no call to contribute). */
export const MISSING_GUIDE = '🚫';

export interface ToolingRow {
  tool: string;
  status: string;
}
export interface ToolingSection {
  title: string;
  rows: ToolingRow[];
}

export interface ToolingOptions {
  /** Whether the provider has pre-built syncs or actions (from the use-case file). */
  hasUseCases: boolean;
}

const yes = (ok: boolean): string => (ok ? PRESENT : ABSENT);

/** The capability table of a provider, as data (what the page shows, and what tests compare). */
export function toolingSections(provider: Provider, options: ToolingOptions): ToolingSection[] {
  const label = authModeLabel(provider.auth_mode);
  const oauth = isOAuthMode(provider.auth_mode);
  const hasGuide = Boolean(provider.docs_connect);
  const retry = provider.proxy?.retry;
  const rows = (list: (ToolingRow | false)[]): ToolingRow[] => list.filter((r): r is ToolingRow => r !== false);
  return [
    {
      title: 'Authorization',
      rows: rows([
        { tool: `Pre-built authorization (${label})`, status: PRESENT },
        oauth && { tool: 'Credentials auto-refresh', status: PRESENT },
        Boolean(provider.authorization_params) && { tool: 'Auth parameters validation', status: PRESENT },
        { tool: 'Pre-built authorization UI', status: PRESENT },
        { tool: 'Custom authorization UI', status: PRESENT },
        // OAuth needs no end-user guide; other modes show whether one exists.
        (!oauth || hasGuide) && { tool: 'End-user authorization guide', status: hasGuide ? PRESENT : MISSING_GUIDE },
        { tool: 'Expired credentials detection', status: PRESENT },
      ]),
    },
    {
      title: 'Read & write data',
      rows: [
        { tool: 'Pre-built integrations', status: yes(options.hasUseCases) },
        { tool: 'API unification', status: PRESENT },
        { tool: '2-way sync', status: PRESENT },
        { tool: 'Webhooks from Nango on data modifications', status: PRESENT },
        { tool: 'Real-time webhooks from 3rd-party API', status: yes(Boolean(provider.webhook_routing_script)) },
        { tool: 'Proxy requests', status: PRESENT },
      ],
    },
    {
      title: 'Observability & data quality',
      rows: [
        { tool: 'HTTP request logging', status: PRESENT },
        { tool: 'End-to-end type safety', status: PRESENT },
        { tool: 'Data runtime validation', status: PRESENT },
        { tool: 'OpenTelemetry export', status: PRESENT },
        { tool: 'Slack alerts on errors', status: PRESENT },
        { tool: 'Integration status API', status: PRESENT },
      ],
    },
    {
      title: 'Customization',
      rows: [
        { tool: 'Create or customize use-cases', status: PRESENT },
        { tool: 'Pre-configured pagination', status: yes(Boolean(provider.proxy?.paginate)) },
        { tool: 'Pre-configured rate-limit handling', status: yes(Boolean(retry?.at ?? retry?.after)) },
        { tool: 'Per-customer configurations', status: PRESENT },
      ],
    },
  ];
}

/** The snippet's tree: `## Pre-built tooling` and an AccordionGroup with one table per section. */
export function renderTooling(provider: Provider, options: ToolingOptions): RootContent[] {
  const sections = toolingSections(provider, options);
  return [
    heading(2, 'Pre-built tooling'),
    jsx(
      'AccordionGroup',
      {},
      sections.map((s) => jsx('Accordion', { title: `✅ ${s.title}` }, [table(['Tools', 'Status'], s.rows.map((r) => [[text(r.tool)], [text(r.status)]]))])),
    ),
  ];
}
