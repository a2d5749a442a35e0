import type { Browser } from 'playwright-core';

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
/** A browser whose every context gets a fresh, temporary profile. */
export declare function launchChromium(): Promise<Browser>;
