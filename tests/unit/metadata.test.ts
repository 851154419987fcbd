import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadMetadata, parseProviders, parseUseCases } from '../../src/lib/metadata.ts';
import { DocsError, DocsErrors } from '../../src/lib/errors.ts';
import { listUseCases } from '../../src/schemas/use-cases.ts';
import { HAS_NANGO_SAMPLE, ROOT, nangoSample } from '../helpers.ts';

function errorsOf(fn: () => unknown): DocsError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DocsErrors) return e.errors;
    if (e instanceof DocsError) return [e];
    throw e;
  }
  throw new Error('expected an error');
}

describe.runIf(HAS_NANGO_SAMPLE)('Nango sample metadata (compatibility)', () => {
  it('accepts the complete providers.yaml and flows.yaml', () => {
    const dir = nangoSample();
    const meta = loadMetadata({ providers: resolve(dir, 'providers.yaml'), useCases: resolve(dir, 'flows.yaml') });
    expect(meta.providers.providers.size).toBeGreaterThan(900);
    expect(meta.useCases.byProvider.size).toBeGreaterThan(100);
    // Aliases resolve to the aliased provider's config, keeping their own display name.
    const lyric = meta.providers.providers.get('adp-lyric')!;
    expect(lyric.aliasOf).toBe('adp');
    expect(lyric.display_name).toBe('ADP Lyric');
    expect(lyric.auth_mode).toBe(meta.providers.providers.get('adp')!.auth_mode);
    expect(lyric.proxy?.base_url).toBe(meta.providers.providers.get('adp')!.proxy?.base_url);
    // Unknown fields are kept, not rejected.
    expect(meta.providers.providers.get('checkr-partner-staging')).toMatchObject({ token_response_metadata: ['checkr_account_id'] });
    expect(listUseCases(meta.useCases.byProvider.get('checkr-partner-staging'))).toEqual([
      { name: 'account', type: 'sync', description: 'Fetches account details for the authenticated account.', method: 'GET', path: '/checkr-partner-staging/account', group: undefined },
    ]);
  });
});

describe('our own metadata', () => {
  it('loads, and covers the auth modes the catalog promises', () => {
    const meta = loadMetadata({ providers: resolve(ROOT, 'content/providers.yaml'), useCases: resolve(ROOT, 'content/use-cases.yaml') });
    const modes = new Set([...meta.providers.providers.values()].map((p) => p.auth_mode));
    for (const m of ['OAUTH2', 'OAUTH2_CC', 'API_KEY', 'BASIC', 'TWO_STEP']) expect(modes).toContain(m);
    expect(meta.providers.providers.size).toBeGreaterThanOrEqual(12);
    expect(meta.warnings).toEqual([]);
  });
});

describe('providers.yaml errors', () => {
  it('reports invalid YAML with file, line and column', () => {
    const [e] = errorsOf(() => parseProviders('a:\n    display_name: [oops\n    auth_mode: BASIC\n', 'content/providers.yaml'));
    expect(e!.code).toBe('InvalidYaml');
    expect(e!.file).toBe('content/providers.yaml');
    expect(e!.line).toBeGreaterThanOrEqual(2);
    expect(e!.message).toMatch(/^content\/providers\.yaml:\d+:\d+ \[InvalidYaml\]/);
  });

  it('names provider, field, expected and received, and the line', () => {
    const yaml = 'good:\n    display_name: Good\n    auth_mode: BASIC\nbad:\n    display_name: Bad\n    auth_mode: BASIC\n    proxy:\n        base_url: 42\n';
    const [e] = errorsOf(() => parseProviders(yaml, 'content/providers.yaml'));
    expect(e!.code).toBe('InvalidProvider');
    expect(e!.line).toBe(8);
    expect(e!.message).toContain('provider "bad", field "proxy.base_url"');
    expect(e!.message).toMatch(/expected string/);
    expect(e!.message).toContain('received number 42');
  });

  it('requires auth_mode unless the entry is an alias, and rejects unknown alias targets', () => {
    const errs = errorsOf(() => parseProviders('a:\n    display_name: A\nb:\n    display_name: B\n    alias: nowhere\n', 'p.yaml'));
    expect(errs.map((e) => e.code).sort()).toEqual(['InvalidProvider', 'UnknownAlias']);
    expect(errs.find((e) => e.code === 'UnknownAlias')!.line).toBe(3);
  });

  it('rejects a key that is not a slug', () => {
    const [e] = errorsOf(() => parseProviders('Bad Key:\n    display_name: A\n    auth_mode: BASIC\n', 'p.yaml'));
    expect(e!.message).toContain('provider "Bad Key"');
  });

  it('accepts the one-line endpoint form and reports bad use cases with their path', () => {
    const ok = parseUseCases('integrations:\n    x:\n        syncs:\n            s:\n                endpoint: GET /users\n', 'u.yaml');
    expect(listUseCases(ok.byProvider.get('x'))[0]).toMatchObject({ method: 'GET', path: '/users' });
    const [e] = errorsOf(() => parseUseCases('integrations:\n    x:\n        actions:\n            a:\n                description: 5\n', 'u.yaml'));
    expect(e!.message).toContain('use cases of "x" (actions.a, field "description")');
    expect(e!.line).toBe(5);
  });
});

describe('incremental parsing (entry by entry, cached)', () => {
  const samples = (): [string, string][] => {
    const list: [string, string][] = [[resolve(ROOT, 'content/providers.yaml'), resolve(ROOT, 'content/use-cases.yaml')]];
    if (HAS_NANGO_SAMPLE) list.push([resolve(nangoSample(), 'providers.yaml'), resolve(nangoSample(), 'flows.yaml')]);
    return list;
  };

  it('gives exactly what the full parse gives', () => {
    for (const [p, u] of samples()) {
      const pt = readFileSync(p, 'utf8');
      const ut = readFileSync(u, 'utf8');
      expect(parseProviders(pt, 'p.yaml')).toEqual(parseProviders(pt, 'p.yaml', { fast: false }));
      expect(parseUseCases(ut, 'u.yaml')).toEqual(parseUseCases(ut, 'u.yaml', { fast: false }));
    }
  });

  it('still reports errors with the line of the whole file', () => {
    const good = readFileSync(resolve(ROOT, 'content/providers.yaml'), 'utf8');
    parseProviders(good, 'content/providers.yaml');
    const bad = good.replace('        base_url: https://api.github.com\n', '        base_url: 12\n');
    const [e] = errorsOf(() => parseProviders(bad, 'content/providers.yaml'));
    expect(e!.line).toBe(bad.split('\n').findIndex((l) => l === '        base_url: 12') + 1);
    expect(e!.message).toContain('provider "github", field "proxy.base_url"');
  });

  it('an edit is seen: the cache never serves a stale entry', () => {
    const text = readFileSync(resolve(ROOT, 'content/providers.yaml'), 'utf8');
    expect(parseProviders(text, 'p.yaml').providers.get('github')!.display_name).toBe('GitHub');
    const edited = text.replace('    display_name: GitHub\n', '    display_name: GitHub Cloud\n');
    expect(parseProviders(edited, 'p.yaml').providers.get('github')!.display_name).toBe('GitHub Cloud');
    expect(parseProviders(text, 'p.yaml').providers.get('github')!.display_name).toBe('GitHub');
  });
});
