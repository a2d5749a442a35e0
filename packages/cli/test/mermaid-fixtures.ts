/** The Mermaid fixtures and the examples, shared by the Mermaid tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLES } from './helpers.js';

export const FIXTURES = fileURLToPath(new URL('./mermaid/', import.meta.url));

/** The hand-written Mermaid journeys of test/mermaid/. */
export const MERMAID_FIXTURES = readdirSync(FIXTURES)
    .filter(name => name.endsWith('.mmd'))
    .sort();

/** The examples that hold a journey, each with the other example files (shared definitions) as its workspace. */
export function exampleFiles(): { name: string; files: { uri: string; text: string }[] }[] {
    const all = [...readdirSync(EXAMPLES), ...readdirSync(path.join(EXAMPLES, 'shared')).map(name => `shared/${name}`)]
        .filter(name => name.endsWith('.cjourney'))
        .sort()
        .map(name => ({ uri: `file:///examples/${name}`, text: readFileSync(path.join(EXAMPLES, name), 'utf8'), name }));
    return all
        .filter(file => /^journey /m.test(file.text))
        .map(file => ({ name: file.name, files: [file, ...all.filter(other => other !== file)] }));
}
