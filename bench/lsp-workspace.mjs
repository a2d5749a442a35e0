/**
 * A workspace of many journey files for the language server's workspace-wide features
 * (workspace/symbol): each file a generated journey with its own names, and one file that
 * also holds the touchpoint to look for. Shared by bench/suites/60-lsp.mjs and
 * packages/language/test/workspace-symbols-scale.test.ts, so the test checks what the
 * benchmark times; and the editor's handshake with the server for such a workspace.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateJourney } from './journey-generator.mjs';

export const NEEDLE = 'RefundDesk';

/** Writes `files` journey files into `dir`; returns the file and 0-based position of the needle's name. */
export function writeSymbolWorkspace(dir, { files = 300, touchpoints = 20 } = {}) {
    mkdirSync(dir, { recursive: true });
    const needleIndex = Math.floor(files / 2);
    let needle;
    for (let index = 0; index < files; index++) {
        let text = generateJourney({ touchpoints, seed: index + 1 })
            .replaceAll('SharedSupport', `SharedSupport${index}`)
            .replaceAll('Kiosk', `Kiosk${index}`)
            .replace(`journey Generated${touchpoints} `, `journey Journey${index} `);
        if (index === needleIndex) {
            const line = text.split('\n').length - 1;
            text += `journey Returns${index} "Returns" {\n  stage Desk {\n    touchpoint ${NEEDLE} "Refund desk" { channel store }\n  }\n}\n`;
            needle = { file: path.join(dir, `journey-${index}.cjourney`), line: line + 2, character: '    touchpoint '.length };
        }
        writeFileSync(path.join(dir, `journey-${index}.cjourney`), text);
    }
    return { needle };
}

/** The handshake an editor makes with the language server for the workspace folder `root`. */
export async function initializeWorkspace(connection, root) {
    const rootUri = pathToFileURL(root).toString();
    await connection.sendRequest('initialize', {
        processId: null,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        capabilities: {}
    });
    await connection.sendNotification('initialized', {});
}
