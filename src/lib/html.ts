/** Text or an attribute value made safe for HTML we assemble as strings (`&`, `<`, `>` and `"` escaped). */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
