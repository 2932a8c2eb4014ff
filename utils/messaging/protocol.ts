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
  /** Bulk import (one transaction): new ids added, older local copies replaced, newer local copies kept. */
  'annotations.import': { added: number; replaced: number; kept: number; pages: number };
  /** The deleted records (the caller keeps them for undo); ids that did not exist are skipped. */
  'annotations.deleteMany': Annotation[];
  'annotations.restoreMany': { restored: number };
  'annotations.importJson': { added: number; replaced: number; kept: number; pages: number };
}

/** Broadcast from the background to extension pages (runtime.sendMessage) after any write. */
export interface ChangedBroadcast {
  type: 'changed';
  pageUrl: string;
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** Commands a tab's content script answers (sent with tabs.sendMessage). */
export type TabCommand =
  | { type: 'tab.info' }
  | { type: 'tab.snapshot' }
  | { type: 'tab.highlightSelection'; kind?: Kind; openEditor?: boolean }
  | { type: 'tab.highlightText'; exact: string; prefix?: string; suffix?: string; kind: Kind; speaker?: string | null }
  | { type: 'tab.scrollTo'; id: string }
  | { type: 'tab.refresh'; pageUrl: string }
  | { type: 'tab.closeEditor' };

/** What the content script answers to each command. */
export interface TabResponses {
  'tab.info': { pageUrl: string | null; url: string; selection: string };
  'tab.snapshot': { html: string; url: string; selection: string };
  'tab.highlightSelection': Annotation;
  'tab.highlightText': Annotation;
  'tab.scrollTo': boolean;
  'tab.refresh': null;
  'tab.closeEditor': null;
}

export type { Request };
