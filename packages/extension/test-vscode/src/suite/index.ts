/** Loaded by VS Code's extension host: runs every *.test.js of this folder with mocha. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
    for (const file of readdirSync(__dirname)
        .filter(name => name.endsWith('.test.js'))
        .sort()) {
        mocha.addFile(path.join(__dirname, file));
    }
    const failures = await new Promise<number>(resolve => mocha.run(resolve));
    if (failures > 0) {
        throw new Error(`${failures} extension test(s) failed.`);
    }
}
