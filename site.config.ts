import { SiteConfigSchema } from './src/schemas/site-config.ts';

/** Site name, URLs and link targets. Validated at build start; see src/schemas/site-config.ts for every field. */
export default SiteConfigSchema.parse({
  name: 'Integration Catalog Docs',
  description: 'Guides, capabilities and pre-built use cases for every API integration in the catalog.',
  url: 'https://catalog-docs.example.dev',
  editBaseUrl: 'https://github.com/catalog-docs/catalog-docs/edit/main',
  communityUrl: 'https://github.com/catalog-docs/catalog-docs/discussions',
  logo: 'book-open',
  nav: [{ label: 'Components', href: '/guides/components/' }],
  footer: [
    { label: 'GitHub', href: 'https://github.com/catalog-docs/catalog-docs' },
    { label: 'llms.txt', href: '/llms.txt' },
  ],
  redirects: {
    '/integrations/all/checkr-partner-staging': '/integrations/checkr-partner-staging/',
    '/docs/components': '/guides/components/',
  },
  useCases: {
    syncDocsUrl: 'https://nango.dev/docs/guides/functions/syncs/sync-functions',
    actionDocsUrl: 'https://nango.dev/docs/guides/functions/action-functions',
    sourceBaseUrl: 'https://github.com/NangoHQ/integration-templates/blob/main/integrations',
    buildYourOwnUrl: 'https://nango.dev/docs/guides/functions/functions-guide',
  },
});
