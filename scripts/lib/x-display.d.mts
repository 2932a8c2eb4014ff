import type { Page } from 'playwright-core';

export interface XDisplay {
  display: string;
  xdotool(...args: (string | number)[]): string;
  close(): Promise<void>;
}
export function startXDisplay(): Promise<XDisplay>;
export function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }>;
