/**
 * Masks credentials in recorded request headers before they leave the sandbox, and explains Basic credentials
 * (decoded user name / password, masked) so readers can spot e.g. "token as user name, empty password" set-ups.
 * Also holds the browser-safe base64 helpers (TextEncoder/TextDecoder + btoa/atob) the runner shares.
 */

const MASK = '•••••';
const SECRET_NAME = /key|token|secret|password|signature|cookie/i;
/** Header names that match SECRET_NAME but carry no secret. */
const NOT_SECRET = new Set(['provider-config-key']);

/** First 4 characters, then a mask; 4 characters or fewer are masked entirely. */
export function maskSecret(value: string): string {
  return value.length <= 4 ? MASK : value.slice(0, 4) + MASK;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Throws (DOMException / Error) when the text is not valid base64. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function encodeBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

function basicNote(encoded: string): string {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(encoded.trim()));
  } catch {
    return 'Basic credentials are not valid base64: the provider will reject them';
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return `Basic credentials decode to "${maskSecret(decoded)}" (no ":" between user name and password: not valid Basic credentials)`;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  const shown = `${user ? maskSecret(user) : ''}:${password ? maskSecret(password) : ''}`;
  const parts = `${user ? 'user name' : 'empty user name'}, ${password ? 'password' : 'empty password'}`;
  return `Basic credentials decode to "${shown}" (${parts})`;
}

function maskAuthorization(value: string, notes: string[]): string {
  const match = /^(\S+)\s+(.+)$/.exec(value.trim());
  if (!match) return maskSecret(value);
  const [, scheme = '', credentials = ''] = match;
  if (scheme.toLowerCase() === 'basic') notes.push(basicNote(credentials));
  return `${scheme} ${maskSecret(credentials)}`;
}

/** Masks credential-bearing headers; header-name casing and order are kept. */
export function maskHeaders(headers: Record<string, string>): { headers: [string, string][]; notes: string[] } {
  const notes: string[] = [];
  const masked = Object.entries(headers).map(([name, raw]): [string, string] => {
    const value = String(raw);
    const lower = name.toLowerCase();
    if (lower.endsWith('authorization')) return [name, maskAuthorization(value, notes)];
    if (SECRET_NAME.test(name) && !NOT_SECRET.has(lower)) return [name, maskSecret(value)];
    return [name, value];
  });
  return { headers: masked, notes };
}
