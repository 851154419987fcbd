import { SiteConfigSchema } from './src/schemas/site-config.ts';

/** Site name, URLs and link targets. Validated at build start; see src/schemas/site-config.ts for every field. */
export default SiteConfigSchema.parse({
  name: 'Integration Catalog Docs',
  description: 'Guides, capabilities and pre-built use cases for every API integration in the catalog.',
  url: 'https://catalog-docs.example.dev',
  editBaseUrl: 'https://github.com/catalog-docs/catalog-docs/edit/main',
  communityUrl: 'https://github.com/catalog-docs/catalog-docs/discussions',
  useCases: {
    syncDocsUrl: 'https://nango.dev/docs/guides/functions/syncs/sync-functions',
    actionDocsUrl: 'https://nango.dev/docs/guides/functions/action-functions',
    sourceBaseUrl: 'https://github.com/NangoHQ/integration-templates/blob/main/integrations',
    buildYourOwnUrl: 'https://nango.dev/docs/guides/functions/functions-guide',
  },
});
