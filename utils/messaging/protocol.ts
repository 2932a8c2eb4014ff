import type { BackupStatus } from '@/utils/backup/schedule';
import type { ImportCounts } from '@/utils/db/import';
import type { Request } from '@/utils/messaging/schema';
import type { Annotation, ArticleSnapshot, Kind, PageRecord } from '@/utils/types';

/**
 * The typed message protocol. One direction per interface: requests to the background (validated there by
 * utils/messaging/schema.ts) and commands from extension pages / the background to a tab's content script.
 * Failures travel as data (`{ ok: false, error }`), never as thrown errors.
 */

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

/** What the background answers to each request type. */
export interface Responses {
  'page.load': { pageUrl: string; annotations: Annotation[] };
  'annotation.create': Annotation;
  'annotation.update': Annotation;
  'annotation.delete': Annotation;
  'annotation.restore': Annotation;
  'anchor.report': { written: number };
  'page.meta': PageRecord;
  'editor.close': null;
  'annotation.get': Annotation | null;
  'page.annotations': Annotation[];
  'snapshot.save': null;
  'snapshot.get': ArticleSnapshot | null;
  /**
   * Bulk import (one transaction): new ids added, older local copies replaced, newer local copies kept, identical
   * copies left as they are (not written).
   */
  'annotations.import': ImportCounts;
  /** The deleted records (the caller keeps them for undo); ids that did not exist are skipped. */
  'annotations.deleteMany': Annotation[];
  'annotations.restoreMany': { restored: number };
  /** `held`: a part of a multi-part import was received and is held until the last part (nothing stored yet). */
  'annotations.importJson': ImportCounts & { held?: boolean };
  'backup.get': BackupStatus;
  /** Fails (nothing changed) when turning backup on without the downloads permission. */
  'backup.configure': BackupStatus;
  /** Resolves after the run, with its outcome in `settings.last`. */
  'backup.run': BackupStatus;
}

/** Broadcast from the background to extension pages (runtime.sendMessage) after any write. */
export interface ChangedBroadcast {
  type: 'changed';
  pageUrl: string;
}

/** Broadcast from the background to extension pages when the backup's settings, schedule or outcome changed. */
export interface BackupBroadcast {
  type: 'backup.changed';
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** Commands a tab's content script answers (sent with tabs.sendMessage). */
export type TabCommand =
  | { type: 'tab.info' }
  | { type: 'tab.snapshot' }
  /** `focusedFrame`: sent to every frame of the tab (the keyboard shortcut); only the frame holding the focus acts. */
  | { type: 'tab.highlightSelection'; kind?: Kind; openEditor?: boolean; focusedFrame?: boolean }
  | { type: 'tab.highlightText'; exact: string; prefix?: string; suffix?: string; kind: Kind; speaker?: string | null }
  | { type: 'tab.scrollTo'; id: string }
  | { type: 'tab.refresh'; pageUrl: string }
  | { type: 'tab.closeEditor' };

/** What the content script answers to each command. */
export interface TabResponses {
  /** `contentType` is the document's MIME type; `annotatable` says whether it has an HTML body (utils/page-kind). */
  'tab.info': { pageUrl: string | null; url: string; selection: string; contentType: string; annotatable: boolean };
  'tab.snapshot': { html: string; url: string; selection: string };
  'tab.highlightSelection': Annotation;
  'tab.highlightText': Annotation;
  'tab.scrollTo': boolean;
  'tab.refresh': null;
  'tab.closeEditor': null;
}

export type { Request };
