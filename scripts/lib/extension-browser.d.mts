import type { BrowserContext, Page, Worker } from 'playwright-core';

export const repoRoot: string;
export const sharedDir: string;
export const extensionDir: string;
export function corpusNames(): string[];
export interface TestServer {
  origin: string;
  setPage(path: string, body: string | Buffer, type?: string): void;
  close(): Promise<void>;
}
export function startServer(): Promise<TestServer>;
export function browserPath(name: string, env: string, pkg: string, paths: string[]): string;
export function chromiumPath(): string;
export interface ExtensionBrowser {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  profileDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}
export function launchWithExtension(options?: {
  profileDir?: string;
  headless?: boolean;
  display?: string;
  /** Extra Chromium switches, e.g. `--enable-ui-devtools=PORT`. */
  args?: string[];
}): Promise<ExtensionBrowser>;
export function tabIdOf(context: BrowserContext, page: Page): Promise<number | null>;
// biome-ignore lint/suspicious/noExplicitAny: answers are whatever the content script sends back.
export function tellTab(context: BrowserContext, tabId: number, command: object): Promise<any>;
export function waitForContentScript(
  context: BrowserContext,
  page: Page,
  timeout?: number,
): Promise<{ tabId: number; pageUrl: string }>;
export function paintedHighlights(page: Page): Promise<Record<string, number>>;
export function paintedTexts(page: Page): Promise<string[]>;
export function selectText(page: Page, text: string, scope?: string): Promise<{ x: number; y: number }>;
