import type { Page } from 'playwright-core';

export interface XDisplay {
  display: string;
  xdotool(...args: (string | number)[]): string;
  close(): Promise<void>;
}
export function startXDisplay(): Promise<XDisplay>;
export function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }>;
export function freePort(): Promise<number>;
/** A button of a browser dialog, in screen pixels (see connectBrowserUi). */
export interface BrowserUiButton {
  text: string;
  enabled: boolean;
  hovered: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface BrowserUi {
  buttons(widget: string): Promise<BrowserUiButton[]>;
  close(): void;
}
export function connectBrowserUi(port: number, timeout?: number): Promise<BrowserUi>;
