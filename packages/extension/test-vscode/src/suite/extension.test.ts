/**
 * The extension inside desktop VS Code, through the VS Code API: activation on .cjourney
 * files, diagnostics from the language server, the preview panel (opened, following the
 * active editor) and the export pipeline through the webview (the webview draws the map and
 * the extension writes the file).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'cjourney.cjourney';
const workspace = (): vscode.Uri => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests run with the examples folder open');
    return folder.uri;
};

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all
        .flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('cjourney.preview'));
}

describe('CJourney in VS Code', () => {
    let example: vscode.Uri;

    before(async () => {
        example = vscode.Uri.joinPath(workspace(), 'saas-onboarding.cjourney');
    });

    afterEach(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('activates on a .cjourney file and gives it the cjourney language', async () => {
        const document = await vscode.workspace.openTextDocument(example);
        await vscode.window.showTextDocument(document);
        assert.equal(document.languageId, 'cjourney');
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, 'the extension is installed');
        await until('activation', () => extension.isActive);
    });

    it("reports the language server's diagnostics for a broken journey", async () => {
        const broken = vscode.Uri.joinPath(workspace(), 'broken.cjourney');
        await vscode.workspace.fs.writeFile(
            broken,
            new TextEncoder().encode('journey J "J" {\n  stage S "S" {\n    touchpoint T "T" { owner Nobody }\n  }\n}\n')
        );
        await vscode.window.showTextDocument(broken);
        const diagnostics = await until('diagnostics', () => {
            const found = vscode.languages.getDiagnostics(broken);
            return found.length > 0 ? found : undefined;
        });
        assert.ok(
            diagnostics.some(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error && diagnostic.message.includes('Nobody'))
        );
        await vscode.workspace.fs.delete(broken);
    });

    it('opens the preview beside the editor, titled after the document', async () => {
        await vscode.window.showTextDocument(example);
        await vscode.commands.executeCommand('cjourney.showPreviewToSide');
        const tab = await until('the preview tab', () => previewTabs()[0]);
        assert.equal(tab.label, 'Preview saas-onboarding.cjourney');
        assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two);
    });

    it('exports the map drawn by the preview as SVG, PNG and PDF', async () => {
        await vscode.window.showTextDocument(example);
        await vscode.commands.executeCommand('cjourney.showPreviewToSide');
        await until('the preview tab', () => previewTabs()[0]);
        const svgTarget = vscode.Uri.joinPath(workspace(), 'exported.svg');
        const svgSaved = await vscode.commands.executeCommand<vscode.Uri | undefined>('cjourney.preview.exportSvg', svgTarget);
        assert.equal(svgSaved?.toString(), svgTarget.toString());
        const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgTarget));
        assert.match(svg, /^<svg[\s\S]*B2B SaaS: trial to advocacy[\s\S]*<\/svg>$/);

        const pngTarget = vscode.Uri.joinPath(workspace(), 'exported.png');
        await vscode.commands.executeCommand('cjourney.preview.exportPng', pngTarget);
        const png = await vscode.workspace.fs.readFile(pngTarget);
        assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);

        const pdfTarget = vscode.Uri.joinPath(workspace(), 'exported.pdf');
        await vscode.commands.executeCommand('cjourney.preview.exportPdf', pdfTarget);
        const pdf = await vscode.workspace.fs.readFile(pdfTarget);
        assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');
    });

    it('the preview follows the active .cjourney editor', async () => {
        await vscode.window.showTextDocument(example);
        await vscode.commands.executeCommand('cjourney.showPreviewToSide');
        await until('the preview tab', () => previewTabs()[0]);
        const other = vscode.Uri.joinPath(workspace(), 'second.cjourney');
        await vscode.workspace.fs.writeFile(
            other,
            new TextEncoder().encode('journey Second "Second" {\n  stage S "S" {\n    touchpoint T "T" { channel web }\n  }\n}\n')
        );
        await vscode.window.showTextDocument(other, { viewColumn: vscode.ViewColumn.One });
        await until('the preview to follow', () => previewTabs().find(tab => tab.label === 'Preview second.cjourney'));
        assert.equal(previewTabs().length, 1);
        await vscode.workspace.fs.delete(other);
    });

    it('contributes its settings with their defaults', () => {
        const config = vscode.workspace.getConfiguration('cjourney');
        assert.equal(config.get('preview.defaultView'), 'map');
        assert.equal(config.get('preview.followActiveEditor'), true);
        assert.equal(config.get('preview.highlightAtCursor'), true);
        assert.equal(config.get('export.theme'), 'light');
    });
});
