/**
 * Type declarations for the parts of the Nango SDKs that documentation examples use. TypeScript code blocks on
 * pages are type-checked against these at build time (src/lib/checked-code.ts), so an example that calls a
 * method that does not exist, passes the wrong config or forgets a narrowing fails the build.
 *
 * - `@nangohq/node`: the backend SDK (`new Nango({ secretKey })`, proxy calls, connections, actions).
 * - `nango`: what integration scripts (syncs and actions) receive: `NangoAction`, `NangoSync`, `ActionError`.
 * - `nango` as a global: fragments written as the body of an action (`await nango.get(...)`) type-check too.
 *
 * They describe the public API as documented, not Nango's full internals; extend them when the docs use more.
 */
/// <reference path="./shared.d.ts" />
/// <reference path="./node.d.ts" />
/// <reference path="./scripts.d.ts" />
/// <reference path="./globals.d.ts" />
