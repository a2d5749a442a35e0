/** The modules a package's sources import, read from the text (static and dynamic imports). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ImportSite {
    file: string;
    specifier: string;
}

function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name))
        .map(entry => path.join(entry.parentPath, entry.name));
}

const SPECIFIERS = [/\bfrom\s+'([^']+)'/g, /\bimport\s*\(\s*'([^']+)'\s*\)/g, /^\s*import\s+'([^']+)'/gm];

/** Every import in the files under `dir`, with relative ones resolved to absolute paths. */
export function importsUnder(dir: string): ImportSite[] {
    return sourceFiles(dir).flatMap(file => {
        const text = readFileSync(file, 'utf8');
        return SPECIFIERS.flatMap(pattern =>
            [...text.matchAll(pattern)].map(match => {
                const specifier = match[1].startsWith('.') ? path.resolve(path.dirname(file), match[1]) : match[1];
                return { file: path.relative(dir, file), specifier };
            })
        );
    });
}
