/**
 * The language: full build (parse + link + validate), re-validation after a one-character
 * edit, the journey model, and `cjourney check` as a whole process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildCjourneyModel, createCJourneyServices, ensureBuiltinDocument, loadSources } from '@cjourney/language';
import { CLI, generatedFile, measure, round, timeProcess } from '../lib.mjs';

export const name = 'language';

export async function run({ sizes }) {
    const rows = [];
    for (const size of sizes) {
        const file = generatedFile(size);
        const text = readFileSync(file, 'utf8');
        const uri = URI.file(file).toString();
        const runs = size >= 5000 ? 3 : 7;

        rows.push({
            metric: 'full build (parse + link + validate)',
            size,
            unit: 'ms',
            value: round(await measure(() => loadSources([{ uri, text }]), { runs }))
        });

        // An editor session: the document is open, then one character of a title changes.
        const { shared } = createCJourneyServices(EmptyFileSystem);
        await ensureBuiltinDocument(shared);
        const documents = shared.workspace.TextDocuments;
        documents.set(TextDocument.create(uri, 'cjourney', 0, text));
        await shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
        const at = text.indexOf('"Generated journey') + 2;
        rows.push({
            metric: 're-validation after a one-character edit',
            size,
            unit: 'ms',
            goal: size === 1000 ? 60 : undefined,
            value: round(
                await measure(
                    async i => {
                        const edited = text.slice(0, at) + String.fromCharCode(65 + (i % 26)) + text.slice(at + 1);
                        documents.set(TextDocument.create(uri, 'cjourney', i + 1, edited));
                        await shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
                    },
                    { runs }
                )
            )
        });

        const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        rows.push({
            metric: 'journey model (AST -> model)',
            size,
            unit: 'ms',
            value: round(await measure(() => buildCjourneyModel(document), { runs }))
        });

        const check = timeProcess([CLI, 'check', '--workspace', path.dirname(file), file], { runs: size >= 5000 ? 3 : 5 });
        rows.push({ metric: 'cjourney check, whole process', size, unit: 'ms', value: round(check.ms, 0) });
        rows.push({ metric: 'cjourney check, peak memory', size, unit: 'MB', value: round(check.peakMb, 0) });
    }
    return {
        rows,
        notes: [
            "Re-validation here types into the journey's title, outside every touchpoint: the string is changed in place (string-edit.ts: no parse, scopes and links kept) and only the journey and what holds it are checked again; what still grows with the file is moving the positions of the text after the edit. Until issue 17's string edits this row was a full rebuild (108 ms at 1,000 touchpoints). An edit inside a touchpoint re-parses, re-links and re-validates only what it can affect: see the lsp-typing suite (edit → diagnostics, and where one such edit's time goes)."
        ]
    };
}
