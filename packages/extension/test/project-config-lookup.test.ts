/**
 * The preview's share of cjourney.config.json: which file applies to a previewed document
 * (the nearest above it, within its workspace folder) and how it changes the extension's
 * settings (the project's default view and export theme win over the VS Code settings).
 */
import { describe, expect, test } from 'vitest';
import { parseProjectConfig, type ProjectConfig } from '@cjourney/language/config';
import { nearestConfig, withProjectConfig } from '../src/project-config-lookup.js';
import type { ExtensionSettings } from '../src/settings.js';
import { DEFAULT_PREVIEW_SETTINGS } from '@cjourney/webview/protocol';

const config = (text: string): ProjectConfig => parseProjectConfig(text).config;
const ROOT = 'file:///home/ann/cx';
const CONFIGS = new Map([
    [ROOT, config('{ "preview": { "defaultView": "stakeholders" } }')],
    [`${ROOT}/team`, config('{ "theme": "dark", "preview": { "defaultView": "flow" } }')],
    ['file:///home/ann', config('{ "theme": "dark" }')]
]);
const USER: ExtensionSettings = {
    preview: DEFAULT_PREVIEW_SETTINGS,
    defaultView: 'map',
    debounceMs: 0,
    followActiveEditor: true
};

describe('the config a previewed document follows', () => {
    test('the nearest file above the document', () => {
        expect(nearestConfig(CONFIGS, `${ROOT}/team/journeys/onboarding.cjourney`, ROOT).preview.defaultView).toBe('flow');
        expect(nearestConfig(CONFIGS, `${ROOT}/onboarding.cjourney`, ROOT).preview.defaultView).toBe('stakeholders');
    });

    test('never one above the workspace folder; without one, the defaults', () => {
        expect(nearestConfig(new Map([...CONFIGS].slice(2)), `${ROOT}/onboarding.cjourney`, ROOT)).toEqual({ rules: {}, preview: {} });
    });

    test('a sibling folder whose name starts the same is not above', () => {
        expect(nearestConfig(CONFIGS, `${ROOT}-other/a.cjourney`, `${ROOT}-other`)).toEqual({ rules: {}, preview: {} });
    });
});

describe('what the project config changes in the preview settings', () => {
    test('its default view and theme win over the VS Code settings; the rest stays', () => {
        expect(withProjectConfig(USER, config('{ "theme": "dark", "preview": { "defaultView": "flow" } }'))).toEqual({
            ...USER,
            defaultView: 'flow',
            preview: { ...USER.preview, exportTheme: 'dark' }
        });
    });

    test('what the config does not say is left to the VS Code settings', () => {
        expect(withProjectConfig(USER, config('{ "rules": { "kpi-below-benchmark": "off" } }'))).toEqual(USER);
    });
});
