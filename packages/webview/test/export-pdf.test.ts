/**
 * The preview's "Export as PDF…" button, in headless Chromium with the bundled preview app:
 * it posts an `export` of format `pdf` carrying the shown view drawn in the export theme (the
 * extension host makes the PDF from that SVG), a file name to suggest and the drawing's title.
 */
import { expect, test } from 'vitest';
import { loadExampleModels } from '@cjourney/test-support/examples';
import type { ExportMessage } from '../src/protocol.js';
import { showDocument, usePreview } from './preview-page.js';

const preview = usePreview();

test('Export as PDF… posts the view as SVG, with its name and title, for the host to make the PDF', { timeout: 120_000 }, async () => {
    const model = (await loadExampleModels()).get('saas-onboarding')!;
    const page = await preview.open({ width: 1200, height: 800 });
    await showDocument(page, 'saas-onboarding', model, 'stakeholders');
    await page.locator('vscode-toolbar-button[icon="file-pdf"]').click();
    await page.waitForFunction(() => (window as unknown as { cjPosted: { type: string }[] }).cjPosted.some(m => m.type === 'export'));
    const posted = await page.evaluate(() =>
        (window as unknown as { cjPosted: { type: string }[] }).cjPosted.filter(m => m.type === 'export')
    );
    const message = posted[0] as ExportMessage;
    expect(message.format).toBe('pdf');
    expect(message.suggestedName).toBe('saas-onboarding.stakeholders.pdf');
    expect(message.title).toBe('B2B SaaS: trial to advocacy — stakeholders');
    expect(typeof message.data).toBe('string');
    // Drawn with a fixed palette (attributes), not the preview's theme classes only.
    expect(message.data as string).toMatch(/^<svg[^>]*data-cj-view="stakeholders"[\s\S]*Executive sponsor[\s\S]*fill="#/);
    await page.close();
});
