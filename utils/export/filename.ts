import { cleanText, isoDay, truncate } from '@/utils/export/text';

/**
 * File names for downloads, built from an article title. Keeps letters of every script (a Greek headline stays
 * Greek) and drops what breaks file systems or note apps: path separators, Windows-reserved characters and
 * names, Obsidian link syntax (`# ^ [ ] |`), control and bidi characters (a U+202E can make "gpj.exe" look like
 * "exe.jpg"), leading dots and trailing dots/spaces.
 */

export type ExportFormat = 'markdown' | 'csv' | 'json' | 'claim-review';

/** Extension per format; ClaimReview gets `.jsonld` so it is not mistaken for the re-importable JSON. */
export const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  markdown: 'md',
  csv: 'csv',
  json: 'json',
  'claim-review': 'jsonld',
};

/** Longest base name in UTF-16 units (before the extension); well under every file system's 255-byte limit. */
export const MAX_BASENAME = 80;

const UNSAFE = /[<>:"/\\|?*#^[\]%{}`]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The title reduced to safe characters (possibly empty). */
export function safeBaseName(title: string, max = MAX_BASENAME): string {
  let name = cleanText(title).normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  name = truncate(name, max)
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  // Don't end inside a grapheme cluster: drop a dangling combining mark or zero-width joiner.
  name = name.replace(/(?:[\u0300-\u036F]|\u200D|\uFE0F)+$/, '');
  if (RESERVED.test(name.split('.')[0] ?? '')) name = `_${name}`;
  return name;
}

/**
 * `<title>.<ext>` for one article; `quotemark-YYYY-MM-DD.<ext>` (from `now`) when the title is missing or
 * nothing safe is left of it.
 */
export function exportFilename(title: string | null | undefined, format: ExportFormat, now: number): string {
  const base = safeBaseName(title ?? '') || `quotemark-${isoDay(now) ?? 'export'}`;
  return `${base}.${EXTENSIONS[format]}`;
}
