/**
 * A workspace of many generated journeys (for `cjourney site` and `serve` benchmarks): each
 * file its own journey id and seed, 50–100 touchpoints each, and the top-level shared
 * definitions gathered in one shared.cjourney, as a repository keeps them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateJourney } from './journey-generator.mjs';

export function writeSiteWorkspace(folder, journeys = 300) {
    mkdirSync(folder, { recursive: true });
    const files = [];
    const shared = [];
    for (let i = 0; i < journeys; i++) {
        const touchpoints = 50 + ((i * 37) % 51);
        const lines = generateJourney({ touchpoints, seed: i + 1 })
            .replace(/journey Generated\d+ "Generated journey with/, `journey Journey${i} "Journey ${i} with`)
            .replaceAll('SharedSupport', `SharedSupport${i}`)
            .replaceAll('Kiosk', `Kiosk${i}`)
            .split('\n');
        const topLevel = line => /^(stakeholder|channel|persona) /.test(line);
        shared.push(...lines.filter(topLevel));
        const file = path.join(folder, `journey-${String(i).padStart(3, '0')}.cjourney`);
        writeFileSync(file, lines.filter(line => !topLevel(line)).join('\n'));
        files.push(file);
    }
    writeFileSync(path.join(folder, 'shared.cjourney'), shared.join('\n') + '\n');
    return files;
}
