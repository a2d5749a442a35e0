/**
 * The host's checks on preview messages (F10, defence in depth behind the webview's CSP): a
 * message from a compromised webview cannot open an arbitrary file, pick where an export is
 * saved, or put a clickable `command:` link into a notification.
 */
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { describe, expect, test } from 'vitest';
import { checkWebviewMessage, notificationText, revealableFiles, revealTarget, safeFileName } from '../src/preview/webview-messages.js';

const DOCUMENT = 'file:///work/journeys/shop.cjourney';
const SHARED = 'file:///work/journeys/shared/people.cjourney';
const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };

/** The model the language server sends the host for the shop journey, which uses a shared stakeholder. */
async function shopModel(): Promise<unknown> {
    const { documents } = await loadSources([
        { uri: DOCUMENT, text: 'journey Shop { stage Buy { touchpoint Pay { channel web owner Support } } }\n' },
        { uri: SHARED, text: 'stakeholder Support "Support team" { type internal }\n' }
    ]);
    // As the language server's notifier builds it (journey-model-notifier.ts).
    return buildCjourneyModel(documents[0]);
}

// VS Code's notification link syntax (vs/base/common/linkedText.ts).
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

describe('messages from the preview webview are checked by the host (F10)', () => {
    test('malformed messages are dropped, well-formed ones pass unchanged', () => {
        for (const raw of [
            null,
            'reveal',
            [],
            { type: 'run' },
            { type: 'reveal', location: { file: 'file:///etc/passwd' } },
            { type: 'reveal', location: { range: { start: { line: -1, character: 0 }, end: RANGE.end } } },
            { type: 'problem', message: { toString: 'x' } },
            { type: 'export', format: 'exe', suggestedName: 'x', data: '' },
            { type: 'export', format: 'svg', suggestedName: 'x.svg', data: { evil: true } },
            { type: 'export', format: 'pdf', suggestedName: 'x.pdf', data: new Uint8Array([37, 80, 68, 70]) },
            { type: 'embedImages', id: -1 },
            { type: 'embedImages', id: 'file:///etc/passwd' },
            { type: 'embedFonts', id: '../../.ssh/id_rsa' },
            { type: 'scrollEditor', line: -3 },
            { type: 'scrollEditor', line: '12' }
        ]) {
            expect(checkWebviewMessage(raw), JSON.stringify(raw)).toBeUndefined();
        }
        expect(checkWebviewMessage({ type: 'reveal', location: { range: RANGE }, extra: 1 })).toEqual({
            type: 'reveal',
            location: { range: RANGE }
        });
        expect(checkWebviewMessage({ type: 'ready', state: {} })).toEqual({ type: 'ready' });
        // A model delta that did not apply asks for whole models again, and says nothing else.
        expect(checkWebviewMessage({ type: 'modelNeeded', uri: 'file:///etc/passwd' })).toEqual({ type: 'modelNeeded' });
        // Scroll sync names a line of the previewed document only: no file, no range to select.
        expect(checkWebviewMessage({ type: 'scrollEditor', line: 12, file: '/etc/passwd' })).toEqual({ type: 'scrollEditor', line: 12 });
        // An export asks for the images the host allowed, by number only: it cannot name a file.
        expect(checkWebviewMessage({ type: 'embedImages', id: 7, path: '/etc/passwd' })).toEqual({ type: 'embedImages', id: 7 });
        // And for the preview's fonts the same way: the host reads only its own font folder.
        expect(checkWebviewMessage({ type: 'embedFonts', id: 8, file: '/etc/passwd' })).toEqual({ type: 'embedFonts', id: 8 });
        const png = new Uint8Array([137, 80, 78, 71]);
        expect(checkWebviewMessage({ type: 'export', format: 'png', suggestedName: 'shop.journey.png', data: png })).toEqual({
            type: 'export',
            format: 'png',
            suggestedName: 'shop.journey.png',
            data: png
        });
        expect(checkWebviewMessage({ type: 'export', format: 'png', suggestedName: 'x.png', data: png.buffer })?.type).toBe('export');
        // A PDF export carries the drawing's SVG and title: the host makes the PDF from it.
        expect(
            checkWebviewMessage({ type: 'export', format: 'pdf', suggestedName: 'shop.map.pdf', data: '<svg/>', title: 'Shop — map' })
        ).toEqual({
            type: 'export',
            format: 'pdf',
            suggestedName: 'shop.map.pdf',
            data: '<svg/>',
            title: 'Shop — map'
        });
    });

    test('reveal opens only the previewed document and the files of the definitions its model uses', async () => {
        const allowed = revealableFiles(DOCUMENT, [await shopModel(), undefined]);
        expect([...allowed].sort()).toEqual([DOCUMENT, SHARED].sort());
        expect(revealTarget({ range: RANGE }, DOCUMENT, allowed)).toBe(DOCUMENT);
        expect(revealTarget({ range: RANGE, file: SHARED }, DOCUMENT, allowed)).toBe(SHARED);
        for (const file of [
            'file:///etc/passwd',
            'command:workbench.action.terminal.new',
            'file:///work/journeys/other.cjourney',
            'https://evil.example/'
        ]) {
            expect(revealTarget({ range: RANGE, file }, DOCUMENT, allowed), file).toBeUndefined();
        }
    });

    test('a suggested export name loses every folder part and keeps the format’s extension', () => {
        const suggested: [name: string, format: 'svg' | 'png'][] = [
            ['shop.journey.svg', 'svg'],
            ['../../.bashrc', 'svg'],
            ['..\\..\\AppData\\evil.png', 'png'],
            ['/etc/cron.d/job', 'png'],
            ['a\u0000b\nc:d.svg', 'svg'],
            ['..', 'svg']
        ];
        expect(suggested.map(([name, format]) => safeFileName(name, format))).toEqual([
            'shop.journey.svg',
            'bashrc.svg',
            'evil.png',
            'job.png',
            'abcd.svg',
            'journey.svg'
        ]);
    });

    test('problem text cannot put a clickable link into a notification', () => {
        const text = notificationText(
            'Render failed. [Fix it](command:workbench.action.terminal.sendSequence?%7B%7D) or [read](https://evil.example)\n\u001b[31m'
        );
        expect(text.match(VSCODE_LINK)).toBeNull();
        expect(text).toContain('Render failed. [Fix it]');
        expect(text).not.toMatch(/[\u0000-\u001f]/);
        expect(notificationText('x'.repeat(10_000)).length).toBeLessThanOrEqual(500);
    });
});
