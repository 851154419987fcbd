/** True for links that leave the site (http(s), protocol-relative, mailto...). */
export function isExternal(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href);
}
