/*
 * Globals for checked code blocks only (not part of this repository's own type-check): a block written as the
 * body of an action can use `nango` without declaring it. A block that declares its own `nango` (for example
 * `const nango = new Nango(...)`) shadows this one, because every block is checked as its own module.
 */

/** The Nango client an action or sync function receives (https://nango.dev/docs/reference/functions). */
declare const nango: import('nango').NangoAction;
