import { cleanText, isHttpUrl } from '@/utils/export/text';

/**
 * Escaping for Markdown and YAML front matter so that hostile page text renders as the same text in CommonMark,
 * GFM, Obsidian and Logseq: no HTML, no links, no embeds, no tags, no block references. Uses backslash escapes
 * (CommonMark lets any ASCII punctuation be escaped), which keep the file readable as plain text.
 */

/**
 * Always escaped: backslash, code, emphasis, links, raw HTML and entities, tables, strikethrough, Obsidian math,
 * tags and block ids, Logseq macros.
 */
const ALWAYS = /[\\`*_[\]<>&|~$^{}#]/g;
/** Escaped only in runs (`==` highlight, `%%` comment, `((` block ref, `::` property), where they mean something. */
const RUNS = /([=%():])\1+/g;

/**
 * A line this matches nothing in may need escaping (a conservative superset of what escapeMarkdownLine changes:
 * leading space, tab, `-`, `+`, `=` or digit; any ALWAYS character; any doubled RUNS character). Most lines match
 * nothing and come back as they are.
 */
const SPECIAL = /^[ \t\-+=0-9]|[\\`*_[\]<>&|~$^{}#]|([=%():])\1/;

/**
 * Escapes one line of text for use inside a Markdown paragraph, list item or blockquote. Leading whitespace is
 * dropped (it would start a code block) and a line that would open a list, quote or heading is neutralised.
 */
export function escapeMarkdownLine(line: string): string {
  if (!SPECIAL.test(line)) return line;
  let out = line
    .replace(/^[ \t]+/, '')
    .replace(ALWAYS, '\\$&')
    .replace(RUNS, (run) => run.replace(/./g, '\\$&'));
  out = out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/** Escapes text (any number of lines) for one Markdown block: lines keep their breaks, control characters go. */
export function escapeMarkdown(text: string): string {
  const clean = cleanText(text);
  if (!clean.includes('\n')) return escapeMarkdownLine(clean);
  return clean
    .split('\n')
    .map((line) => escapeMarkdownLine(line))
    .join('\n');
}

/** Escaped text on a single line: every run of whitespace (line breaks included) becomes one space. */
export function escapeInline(text: string): string {
  return escapeMarkdownLine(cleanText(text).replace(/\s+/g, ' ').trim());
}

/** Prefixes every line with `> ` (blank lines with `>`), so a multi-paragraph quote stays one blockquote. */
export function blockquote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * A URL made safe as a Markdown link destination: WHATWG-serialised (spaces, quotes and angle brackets
 * percent-encoded) with parentheses encoded too. Returns null for anything but http(s).
 */
export function safeLinkTarget(url: string): string | null {
  if (!isHttpUrl(url)) return null;
  return new URL(cleanText(url)).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * `[text](url)` when `url` is http(s); otherwise the escaped text alone (followed by the escaped URL, so the
 * reader still sees where it pointed). Link text is escaped; an empty text falls back to the URL.
 */
export function markdownLink(text: string, url: string): string {
  const label = escapeInline(text) || escapeInline(url);
  const target = safeLinkTarget(url);
  if (target) return `[${label}](${target})`;
  return text.trim() ? `${label} (${escapeInline(url)})` : label;
}

/**
 * A YAML 1.2 double-quoted scalar. Backslash, quote, line breaks, tabs and every remaining control or
 * non-printable character are escaped, so no value can end the front matter or add a key. `<`, `[` and `]` are
 * written as `\u` escapes too (YAML reads them back as the same characters): a viewer that does not know front
 * matter renders it as Markdown, where they would start raw HTML, links and images.
 */
export function yamlString(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
  const body = cleanText(text).replace(/[\\"\n\t\u0000-\u001F\u007F-\u009F\uFEFF\u2028\u2029<[\]]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${body}"`;
}
