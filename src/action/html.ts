const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for the job summary: core.summary inserts table cells and headings as raw HTML,
 * and names and emails come from whoever wrote the users file or the org's members. Line breaks
 * become <br> because the summary is Markdown: a blank line would end the HTML block, and what
 * follows it (a heading, a link) would render as Markdown.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!).replace(/\r\n?|\n/g, '<br>');
}
