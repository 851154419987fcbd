/** The backend SDK, `@nangohq/node` (https://nango.dev/docs/reference/sdks/node). */
declare module '@nangohq/node' {
  import type { Connection, Metadata, ProxyMethods } from '@nangohq/types';
  export type { Connection, ProxyConfiguration, ProxyResponse, AuthCredentials } from '@nangohq/types';

  /** Older docs call the Nango secret key `secretKey`, newer ones `apiKey`. */
  export type NangoProps = { host?: string; providerConfigKey?: string; connectionId?: string } & ({ secretKey: string } | { apiKey: string });

  export interface ConnectionList { connections: { id: number; connection_id: string; provider: string; provider_config_key: string; created: string; metadata: Metadata | null }[] }

  /** Class and interface merge: the class gets the shared proxy calls. */
  export interface Nango extends ProxyMethods {}
  export class Nango {
    constructor(config: NangoProps);
    getConnection(providerConfigKey: string, connectionId: string, forceRefresh?: boolean, refreshToken?: boolean): Promise<Connection>;
    listConnections(connectionId?: string): Promise<ConnectionList>;
    deleteConnection(providerConfigKey: string, connectionId: string): Promise<unknown>;
    getToken(providerConfigKey: string, connectionId: string, forceRefresh?: boolean): Promise<string | Record<string, any>>;
    getMetadata<T = Metadata>(providerConfigKey: string, connectionId: string): Promise<T>;
    setMetadata(providerConfigKey: string, connectionId: string, metadata: Metadata): Promise<unknown>;
    updateMetadata(providerConfigKey: string, connectionId: string, metadata: Metadata): Promise<unknown>;
    triggerAction<In = unknown, Out = unknown>(providerConfigKey: string, connectionId: string, actionName: string, input?: In): Promise<Out>;
    triggerSync(providerConfigKey: string, syncs?: string[], connectionId?: string, fullResync?: boolean): Promise<void>;
    listRecords<T = any>(config: { providerConfigKey: string; connectionId: string; model: string; cursor?: string | null; limit?: number; modifiedAfter?: string }): Promise<{ records: T[]; next_cursor: string | null }>;
    createConnectSession(config: { end_user: { id: string; email?: string; display_name?: string }; allowed_integrations?: string[] }): Promise<{ data: { token: string; expires_at: string } }>;
  }
  export default Nango;
}
