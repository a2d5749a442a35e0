/**
 * axe-core, the accessibility engine browsers' own audits use, run in a page as it is shown:
 * its source is evaluated over the DevTools protocol, so the page's strict CSP stays as it
 * is. Tests assert that no serious or critical violation remains (WCAG A/AA rules).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

interface AxeViolation {
    id: string;
    impact?: string;
    nodes: Array<{ target: unknown }>;
}

/** Serious and critical violations on the page, as `rule (impact): first targets`. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run();
        return result.violations.map(violation => ({
            id: violation.id,
            impact: violation.impact,
            nodes: violation.nodes.slice(0, 3).map(node => JSON.stringify(node.target))
        }));
    });
    return violations
        .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
        .map(violation => `${violation.id} (${violation.impact}): ${violation.nodes.join(', ')}`);
}
