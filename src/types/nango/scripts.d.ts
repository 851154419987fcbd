/** What integration scripts (actions and syncs) receive, module `nango` (https://nango.dev/docs/reference/functions). */
declare module 'nango' {
  import type { Connection, ProxyConfiguration, Metadata, ProxyMethods } from '@nangohq/types';
  export type { Connection, ProxyConfiguration, ProxyResponse, AuthCredentials } from '@nangohq/types';

  /** Thrown by an action to return a structured error to the caller. */
  export class ActionError<T extends Record<string, unknown> = Record<string, unknown>> extends Error {
    type: 'action_script_runtime_error';
    payload?: T;
    constructor(payload?: T);
  }

  export interface NangoAction extends ProxyMethods {
    readonly providerConfigKey: string;
    readonly connectionId: string;
    /** `throw new nango.ActionError({...})` is how the Nango docs write it. */
    readonly ActionError: typeof ActionError;
    paginate<T = any>(config: ProxyConfiguration & { paginate?: Record<string, unknown> }): AsyncGenerator<T[], undefined, void>;
    getConnection(): Promise<Connection>;
    getToken(): Promise<string | Record<string, any>>;
    getMetadata<T = Metadata>(): Promise<T>;
    setMetadata(metadata: Metadata): Promise<void>;
    updateMetadata(metadata: Metadata): Promise<void>;
    getWebhookURL(): Promise<string | null | undefined>;
    log(...args: unknown[]): void;
  }

  export interface NangoSync extends NangoAction {
    readonly lastSyncDate?: Date;
    batchSave<T extends object>(records: T[], model: string): Promise<boolean>;
    batchUpdate<T extends object>(records: T[], model: string): Promise<boolean>;
    batchDelete<T extends object>(records: T[], model: string): Promise<boolean>;
  }

  export function createAction<In = unknown, Out = unknown>(definition: { description: string; version?: string; endpoint?: { method: string; path: string; group?: string }; input?: unknown; output?: unknown; scopes?: string[]; exec: (nango: NangoAction, input: In) => Promise<Out> }): unknown;
  export function createSync<Models = unknown>(definition: { description: string; version?: string; frequency: string; autoStart?: boolean; syncType?: 'full' | 'incremental'; endpoints?: { method: string; path: string; group?: string }[]; models?: Models; scopes?: string[]; exec: (nango: NangoSync) => Promise<void> }): unknown;
}
