import { z } from 'zod';

/**
 * `content/use-cases.yaml`, in the format of Nango's `flows.yaml`:
 * `integrations.<provider key>.{syncs,actions,models}`. Unknown fields are kept.
 */

/** The HTTP endpoint a sync or action exposes; `group` sorts it into a section of the use-case table. */
export const EndpointSchema = z.looseObject({
  method: z.string().optional(),
  path: z.string(),
  /** Section title in the use-case table (e.g. "Users"); entries without one go to "Others". */
  group: z.string().optional(),
});
export type Endpoint = z.infer<typeof EndpointSchema>;

/** Nango's older one-line form: `endpoint: GET /users`. */
const endpointString = z.string().transform((s): Endpoint => {
  const m = /^\s*([A-Za-z]+)\s+(\S.*)$/.exec(s);
  return m ? { method: m[1]!.toUpperCase(), path: m[2]!.trim() } : { path: s.trim() };
});

const endpointOne = z.union([EndpointSchema, endpointString]);

/** A sync or an action. */
export const FunctionSchema = z.looseObject({
  description: z.string().optional(),
  endpoint: z.union([endpointOne, z.array(endpointOne)]).optional(),
  /** Older name of `endpoint`. */
  endpoints: z.array(endpointOne).optional(),
  output: z.union([z.string(), z.array(z.string())]).optional(),
  input: z.string().optional(),
  /** Sync schedule, e.g. "every hour". */
  runs: z.string().optional(),
  sync_type: z.string().optional(),
  scopes: z.union([z.string(), z.array(z.string())]).optional(),
  version: z.unknown().optional(),
  track_deletes: z.boolean().optional(),
  auto_start: z.boolean().optional(),
});
export type FunctionDef = z.infer<typeof FunctionSchema>;

/** One integration's use cases. */
export const IntegrationUseCasesSchema = z.looseObject({
  syncs: z.record(z.string(), FunctionSchema).nullish(),
  actions: z.record(z.string(), FunctionSchema).nullish(),
  /** Model name -> field name -> type (kept as data; shown in future model docs). */
  models: z.record(z.string(), z.unknown()).nullish(),
  /** Templates that live under another integration's folder (Nango's `symLinkTargetName`). */
  source: z.string().optional(),
});
export type IntegrationUseCases = z.infer<typeof IntegrationUseCasesSchema>;

export const UseCasesFileSchema = z.looseObject({
  integrations: z.record(z.string(), IntegrationUseCasesSchema.nullable()),
});
export type UseCasesFile = z.infer<typeof UseCasesFileSchema>;

/** A flattened row of the use-case table. */
export interface UseCase {
  name: string;
  type: 'sync' | 'action';
  description: string;
  method: string | undefined;
  path: string | undefined;
  group: string | undefined;
}

/** Flattens an integration's syncs and actions into one row per endpoint (a function without an endpoint still gets a row). */
export function listUseCases(integration: IntegrationUseCases | null | undefined): UseCase[] {
  if (!integration) return [];
  const rows: UseCase[] = [];
  const add = (type: 'sync' | 'action', defs: Record<string, FunctionDef> | null | undefined) => {
    for (const [name, def] of Object.entries(defs ?? {})) {
      const eps = [def.endpoint ?? [], def.endpoints ?? []].flat();
      const description = (def.description ?? '').trim().replace(/\s*\n\s*/g, ' ');
      if (eps.length === 0) rows.push({ name, type, description, method: undefined, path: undefined, group: undefined });
      // One row per function: Nango lists a function once even when it exposes several endpoints.
      else {
        const first = eps[0]!;
        rows.push({ name, type, description, method: first.method, path: first.path, group: eps.find((e) => e.group)?.group });
      }
    }
  };
  add('action', integration.actions);
  add('sync', integration.syncs);
  return rows;
}
