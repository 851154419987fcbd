import { stringify } from 'yaml';

/** The providers.yaml entry `npm run new` appends (4-space indent, as Nango writes it). */
export function scaffoldProvider(key: string, name: string, auth: string): string {
  const entry: Record<string, unknown> = {
    display_name: name,
    categories: ['other'],
    auth_mode: auth,
    ...(auth === 'OAUTH2' ? { authorization_url: 'https://example.com/oauth/authorize', token_url: 'https://example.com/oauth/token' } : {}),
    ...(auth === 'OAUTH2_CC' || auth === 'TWO_STEP' ? { token_url: 'https://example.com/oauth/token' } : {}),
    proxy: { base_url: 'https://api.example.com' },
    docs: `/integrations/${key}/`,
  };
  return stringify({ [key]: entry }, { indent: 4 });
}

/** The head every provider page shares: frontmatter, the three snippets, and the access-requirements table. */
export function providerPageHead(key: string, name: string): string {
  return `---
title: ${JSON.stringify(name)}
sidebarTitle: ${JSON.stringify(name)}
---

import Overview from "/snippets/overview.mdx"
import PreBuiltTooling from "/snippets/generated/${key}/PreBuiltTooling.mdx"
import PreBuiltUseCases from "/snippets/generated/${key}/PreBuiltUseCases.mdx"

<Overview />
<PreBuiltTooling />
<PreBuiltUseCases />

## Access requirements

| Pre-Requisites | Status | Comment |
| - | - | - |
| Paid dev account | ❓ | |
| Paid test account | ❓ | |
| Partnership | ❓ | |
| App review | ❓ | |
| Security audit | ❓ | |
`;
}

/** The page `npm run new` writes: the standard sections, with the generated snippets imported. */
export function scaffoldPage(key: string, name: string): string {
  return `${providerPageHead(key, name)}
## Setup guide

_No setup guide yet._

## Useful links

- [${name} API docs](https://example.com/docs)

## API gotchas

_None known yet._
`;
}
