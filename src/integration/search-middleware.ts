import { defineMiddleware } from 'astro:middleware';
import { searchSink } from '../lib/search-sink.ts';

/** Hands every rendered page's searchable part to the search index while the build runs (src/lib/search-sink.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = searchSink();
  const doc = context.locals.cdSearchDocument;
  if (sink && doc && response.status === 200) sink(context.url.pathname, doc);
  return response;
});
