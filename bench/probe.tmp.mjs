import { writeFileSync } from 'node:fs';
import { buildCjourneyModel, loadSources } from '@cjourney/language';
import { journeyToMermaid } from '../packages/cli/out/mermaid/export-mermaid.js';
import { generateJourney } from './journey-generator.mjs';
import { launchChromium, openMermaidPage, renderMermaid } from './mermaid-page.mjs';
const browser = await launchChromium();
const page = await openMermaidPage(browser);
for (const size of [100, 1000, 5000]) {
  const { documents } = await loadSources([{ uri: `file:///b/g${size}.cjourney`, text: generateJourney({ touchpoints: size }) }]);
  const model = buildCjourneyModel(documents[0]);
  const text = journeyToMermaid(model.journeys[0], `g${size}.cjourney`);
  writeFileSync(`/tmp/mm-${size}.mmd`, text);
  const t = performance.now();
  const r = await renderMermaid(page, text, 'x' + size);
  console.log(size, text.length, performance.now() - t, r.error, r.svg?.length);
}
await browser.close();
