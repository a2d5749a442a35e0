/**
 * Debian's Chromium, launched headless with no network chatter (Chromium's background
 * connections are refused on a closed network). Plain JavaScript so that Node scripts
 * (screenshots, benchmarks) share it with the TypeScript tests (browser.ts re-exports it).
 */
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// playwright gives every launch a fresh, temporary profile.
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
];

/** A browser whose every context gets a fresh, temporary profile. */
export function launchChromium() {
    return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
