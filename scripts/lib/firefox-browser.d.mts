import type { Browser } from 'puppeteer-core';

export const firefoxExtensionDir: string;
export function firefoxPath(): string;
export function launchFirefoxWithExtension(): Promise<{ browser: Browser; id: string; close(): Promise<void> }>;
