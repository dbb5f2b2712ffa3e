/** Escaping for the review export: every piece of user text (names, labels, descriptions) goes through here. */

/** Text and attribute values in HTML and SVG: a scenario named `<script>` stays text. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Markdown inline text: backslash-escape the characters that make inline markup (emphasis, code, links, table cells; the text never starts a line, so list and heading marks are safe), and write `<` `>` `&` as
 * entities (renderers pass raw HTML through). Newlines become spaces: a name must not break a table.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
