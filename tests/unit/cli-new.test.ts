import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scratchProject } from '../helpers.ts';
import { loadMetadata } from '../../src/lib/metadata.ts';
import { readFrontmatter } from '../../src/lib/pages.ts';
import { DOC_COMPONENT_NAMES, componentFile } from '../../src/components/docs/registry.ts';

function runNew(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(dir, 'src/cli/new.ts'), ...args, '--root', dir], { cwd: dir, encoding: 'utf8' });
}

describe('npm run new', () => {
  it('scaffolds a provider entry and a page that load through the schemas', () => {
    const dir = scratchProject('new');
    const r = runNew(dir, 'acme-crm', '--name', 'Acme: CRM', '--auth', 'api_key');
    expect(r.status, r.stderr).toBe(0);
    const meta = loadMetadata({ providers: join(dir, 'content/providers.yaml'), useCases: join(dir, 'content/use-cases.yaml') });
    expect(meta.providers.providers.get('acme-crm')).toMatchObject({ display_name: 'Acme: CRM', auth_mode: 'API_KEY' });
    expect(meta.providers.providers.get('github')).toBeDefined();
    const page = join(dir, 'content/integrations/acme-crm.mdx');
    expect(readFrontmatter(page, 'acme-crm.mdx').title).toBe('Acme: CRM');
    expect(readFileSync(page, 'utf8')).toContain('import PreBuiltTooling from "/snippets/generated/acme-crm/PreBuiltTooling.mdx"');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an existing key, an invalid slug and an unknown auth mode, changing nothing', () => {
    const dir = scratchProject('new-bad');
    const before = readFileSync(join(dir, 'content/providers.yaml'), 'utf8');
    const exists = runNew(dir, 'github');
    expect(exists.status).toBe(1);
    expect(exists.stderr).toContain('[ProviderExists] "github" already exists');
    const slug = runNew(dir, 'Acme_CRM!');
    expect(slug.status).toBe(1);
    expect(slug.stderr).toContain('[InvalidProviderKey] "Acme_CRM!" is not a valid provider key');
    const auth = runNew(dir, 'acme', '--auth', 'MAGIC');
    expect(auth.status).toBe(1);
    expect(auth.stderr).toContain('unknown auth mode "MAGIC"');
    expect(readFileSync(join(dir, 'content/providers.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'content/integrations/acme.mdx'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('component registry', () => {
  it('every registered component has its file', () => {
    for (const name of DOC_COMPONENT_NAMES) expect(existsSync(join(import.meta.dirname, '../../src/components/docs', componentFile(name))), name).toBe(true);
  });
});
