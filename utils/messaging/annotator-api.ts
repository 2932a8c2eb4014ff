import type { Result, TabCommand, TabResponses } from '@/utils/messaging/protocol';
import type { Annotation } from '@/utils/types';

/**
 * The contract between the two halves of the content script: the tiny part that runs on every page
 * (entrypoints/content-lite) and the annotator it loads only when needed (entrypoints/annotator: anchoring, painting, the
 * selection toolbar and the editor frame) — when the page has annotations or the reader selects text.
 */
export interface AnnotatorApi {
  /** Places and paints the page's annotations (replacing whatever was shown). */
  show(pageUrl: string, annotations: Annotation[]): void;
  /** Runs a command from the background, popup or notes page. */
  run(command: TabCommand): Promise<Result<TabResponses[TabCommand['type']]>>;
  /** A mouse-up or selection key-up on the page, already read out of the event (its dispatch is over by now). */
  pointerUp(info: PointerInfo): void;
}

/** What the annotator needs of a mouse-up / key-up event. */
export interface PointerInfo {
  mouse: boolean;
  x: number;
  y: number;
  /** The event happened inside our own UI (toolbar, editor frame). */
  inOwnUi: boolean;
  key?: string;
}

/** Where the annotator bundle registers its factory (a global of the content script's isolated world). */
export const ANNOTATOR_KEY = Symbol.for('quotemark.annotator');

/** Name of the custom element that hosts our UI on the page. */
export const UI_TAG = 'quotemark-ui';
