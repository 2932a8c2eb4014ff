import { QuotemarkDB } from '@/utils/db/schema';

export * from '@/utils/db/repo';
export { DB_NAME, QuotemarkDB } from '@/utils/db/schema';

let db: QuotemarkDB | null = null;

/** The database for extension pages (popup, editor, notes): read directly, write through the background. */
export function getDb(): QuotemarkDB {
  db ??= new QuotemarkDB();
  return db;
}
