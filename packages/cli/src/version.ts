import { readFileSync } from 'node:fs';
import { packaged } from './packaged.js';

/** The version of the cjourney command line, from its package.json. */
export function packageVersion(): string {
    if (packaged) {
        return packaged.version;
    }
    const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return packageJson.version;
}
