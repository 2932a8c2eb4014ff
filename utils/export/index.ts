/**
 * Export and import (pure: no DOM, no extension APIs). Builders take annotations plus their page records and
 * return text; `now` is a parameter wherever time is written. Human-readable formats (Markdown, CSV, file names)
 * are inert against hostile page text; JSON is the lossless format and round-trips through `importAnnotations`.
 */

export {
  type ClaimReview,
  type ClaimReviewDocument,
  type ClaimReviewOptions,
  toClaimReview,
  toClaimReviewJson,
  toClaimReviews,
} from '@/utils/export/claim-review';
export {
  CSV_COLUMNS,
  type CsvColumn,
  type CsvOptions,
  csvCell,
  csvRecord,
  readwiseDate,
  toCsv,
} from '@/utils/export/csv';
export { EXTENSIONS, type ExportFormat, exportFilename, MAX_BASENAME, safeBaseName } from '@/utils/export/filename';
export { type ImportError, type ImportFormat, type ImportResult, importAnnotations } from '@/utils/export/import';
export { LIMITS as IMPORT_LIMITS } from '@/utils/export/import-schema';
export {
  annotationToMarkdown,
  articlesToMarkdown,
  articleToMarkdown,
  type MarkdownOptions,
} from '@/utils/export/markdown';
export { escapeMarkdown, markdownLink, yamlString } from '@/utils/export/markdown-escape';
export { stableUuid } from '@/utils/export/stable-id';
export { encodeTextTerm, passageUrl, textDirective } from '@/utils/export/text-fragment';
export {
  ANNO_CONTEXT,
  FORMAT_VERSION,
  QUOTEMARK_NS,
  toWebAnnotation,
  toWebAnnotationCollection,
  toWebAnnotationJson,
  type WebAnnotation,
  type WebAnnotationCollection,
} from '@/utils/export/web-annotation';
