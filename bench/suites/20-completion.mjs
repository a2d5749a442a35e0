/**
 * Completion at the end of a generated journey, as a user types a new flow step:
 * `flow T0 -> |` before the journey's closing brace (touchpoints of every stage are candidates).
 */
import { readFileSync } from 'node:fs';
import { URI } from 'langium';
import { loadSources } from '@cjourney/language';
import { generatedFile, measure, round } from '../lib.mjs';

export const name = 'completion';

export async function run({ sizes }) {
    const rows = [];
    for (const size of sizes) {
        const text = readFileSync(generatedFile(size), 'utf8');
        const end = text.lastIndexOf('}');
        const edited = `${text.slice(0, end)}  flow T0 -> \n${text.slice(end)}`;
        const uri = URI.file(`/bench/completion-${size}.cjourney`).toString();
        const { services, documents } = await loadSources([{ uri, text: edited }]);
        const document = documents[0];
        const position = document.textDocument.positionAt(end + '  flow T0 -> '.length);
        const complete = () => services.lsp.CompletionProvider.getCompletion(document, { textDocument: { uri }, position });
        const items = (await complete())?.items.length ?? 0;
        rows.push({
            metric: `completion at the end of the file (${items} items)`,
            size,
            unit: 'ms',
            goal: size === 1000 ? 30 : undefined,
            value: round(await measure(complete, { runs: 15, warmup: 3 }))
        });
    }
    return { rows };
}
