/** Types shared by the backend SDK and integration scripts (Nango's `@nangohq/types`). */
declare module '@nangohq/types' {
  export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

  export interface ProxyConfiguration {
    endpoint: string;
    providerConfigKey?: string;
    connectionId?: string;
    method?: HttpMethod | Lowercase<HttpMethod>;
    headers?: Record<string, string>;
    params?: string | Record<string, string | number | boolean>;
    data?: unknown;
    /** Alias of `data` used by newer examples. */
    body?: unknown;
    retries?: number;
    retryOn?: number[];
    baseUrlOverride?: string;
    decompress?: boolean;
    responseType?: 'arraybuffer' | 'blob' | 'document' | 'json' | 'text' | 'stream';
  }

  export interface ProxyResponse<T = any> {
    data: T;
    status: number;
    statusText: string;
    headers: Record<string, string>;
  }

  /** The proxy calls, alike on the backend SDK and in integration scripts. */
  export interface ProxyMethods {
    proxy<T = any>(config: ProxyConfiguration): Promise<ProxyResponse<T>>;
    get<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<ProxyResponse<T>>;
    post<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<ProxyResponse<T>>;
    put<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<ProxyResponse<T>>;
    patch<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<ProxyResponse<T>>;
    delete<T = any>(config: Omit<ProxyConfiguration, 'method'>): Promise<ProxyResponse<T>>;
  }

  export interface OAuth2Credentials { type: 'OAUTH2'; access_token: string; refresh_token?: string; expires_at?: Date | string; raw: Record<string, any> }
  export interface OAuth1Credentials { type: 'OAUTH1'; oauth_token: string; oauth_token_secret: string; raw: Record<string, any> }
  export interface OAuth2ClientCredentials { type: 'OAUTH2_CC'; token: string; client_id: string; client_secret: string; expires_at?: Date | string; raw: Record<string, any> }
  export interface ApiKeyCredentials { type: 'API_KEY'; apiKey: string }
  export interface BasicApiCredentials { type: 'BASIC'; username: string; password: string }
  export interface AppCredentials { type: 'APP'; access_token: string; expires_at?: Date | string; raw: Record<string, any> }
  export interface TwoStepCredentials { type: 'TWO_STEP'; token: string; expires_at?: Date | string; raw: Record<string, any>; [field: string]: any }
  export interface JwtCredentials { type: 'JWT'; token?: string; [field: string]: any }
  export interface SignatureCredentials { type: 'SIGNATURE'; username: string; password: string; token?: string }
  export interface TbaCredentials { type: 'TBA'; token_id: string; token_secret: string; config_override: Record<string, string> }
  export interface CustomCredentials { type: 'CUSTOM'; raw: Record<string, any> }
  export interface NoneCredentials { type: 'NONE' }

  export type AuthCredentials =
    | OAuth2Credentials | OAuth1Credentials | OAuth2ClientCredentials | ApiKeyCredentials | BasicApiCredentials
    | AppCredentials | TwoStepCredentials | JwtCredentials | SignatureCredentials | TbaCredentials
    | CustomCredentials | NoneCredentials;

  export interface Connection {
    id: number;
    connection_id: string;
    provider_config_key: string;
    provider: string;
    credentials: AuthCredentials;
    connection_config: Record<string, any>;
    metadata: Record<string, any> | null;
    created_at: string;
    updated_at: string;
  }

  export type Metadata = Record<string, any>;
}
