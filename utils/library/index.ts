/**
 * The notes page's query logic (pure: no DOM, no extension APIs): an in-memory search index over a database
 * snapshot, facet filters, grouping, sorting and paging of articles, deleted-in-place ghosts, export and import
 * summaries.
 */

export {
  type BuiltExport,
  buildExport,
  EXPORT_FORMATS,
  libraryOrder,
} from '@/utils/library/export-build';
export { compileFilters, dayStart, type Facet, type Filters, facets, isFiltered } from '@/utils/library/filters';
export { fold, refines, tokenize } from '@/utils/library/fold';
export { type Ghost, type GhostedGroup, withGhosts } from '@/utils/library/ghosts';
export { type ImportSummary, importOutcome, summarizeImport } from '@/utils/library/import-summary';
export {
  type KeyChange,
  type LibraryChange,
  libraryChange,
  MAX_KEYS,
  mergeChanges,
  needsFullRead,
} from '@/utils/library/mutations';
export { patchIndex } from '@/utils/library/patch-index';
export {
  type ArticleGroup,
  firstPages,
  groupArticles,
  type LibraryQuery,
  type LibraryResult,
  runQuery,
  SORT_LABELS,
  SORTS,
  type SortKey,
  sortArticles,
} from '@/utils/library/query';
export {
  buildIndex,
  createSearcher,
  type IndexedNote,
  type LibraryIndex,
  matchesTerms,
  siteOf,
} from '@/utils/library/search-index';
export { createResultCache, type LibraryView, resultIds, toView, type ViewRequest } from '@/utils/library/view';
