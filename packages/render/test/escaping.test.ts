/**
 * Everything a user writes is escaped: hostile text in every text field of the model, and
 * hostile ids, still give a well-formed SVG with no markup of the user's in it.
 */
import type { CjourneyModel } from '@cjourney/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { escapeAttribute, escapeText, renderView, VIEWS } from '../src/index.js';
import { expectWellFormedSvg, loadExampleModels } from '@cjourney/test-support/examples';

const HOSTILE = `<script>alert("x")</script> & 'q' "dq" </svg><svg onload=alert(1)> ]]> <!-- \u0001\u0007\u001b \uD800 \uDFFF \u202E \uFFFF`;

/** Text fields of the model (not ids, not references, not words of the closed lists). */
const TEXT_KEYS = new Set(['title', 'description', 'text', 'evidence', 'goal', 'trigger', 'role', 'unit', 'source']);
const TEXT_LIST_KEYS = new Set(['objectives', 'actions', 'thoughts', 'risks', 'segments', 'goals', 'needs', 'expectations']);

function hostileTexts(value: unknown, key = ''): unknown {
    if (typeof value === 'string') {
        return TEXT_KEYS.has(key) ? `${HOSTILE} ${value}` : value;
    }
    if (Array.isArray(value)) {
        return value.map(item => (TEXT_LIST_KEYS.has(key) && typeof item === 'string' ? `${HOSTILE} ${item}` : hostileTexts(item, key)));
    }
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostileTexts(v, k)]));
    }
    return value;
}

/** Every id, and every reference to it, made hostile consistently. */
function hostileIds(model: CjourneyModel): CjourneyModel {
    const ids = new Set<string>();
    const collect = (value: unknown, key = ''): void => {
        if (Array.isArray(value)) value.forEach(item => collect(item, key));
        else if (value && typeof value === 'object')
            Object.entries(value).forEach(([k, v]) => (k === 'id' && typeof v === 'string' ? ids.add(v) : collect(v, k)));
    };
    collect(model);
    const replace = (value: unknown): unknown => {
        if (typeof value === 'string') return ids.has(value) ? `${value}"<x>&'${HOSTILE}` : value;
        if (Array.isArray(value)) return value.map(replace);
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
        return value;
    };
    return replace(model) as CjourneyModel;
}

let models: Map<string, CjourneyModel>;
beforeAll(async () => {
    models = await loadExampleModels();
});

function expectNoUserMarkup(svg: string): void {
    expectWellFormedSvg(svg);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('</svg><svg');
    expect(svg.match(/<svg/g)).toHaveLength(1);
}

describe('escaping', () => {
    test('the escaping functions', () => {
        expect(escapeText('<a> & "b"')).toBe('&lt;a&gt; &amp; "b"');
        expect(escapeAttribute(`<a> & "b" 'c'\n`)).toBe('&lt;a&gt; &amp; &quot;b&quot; &#39;c&#39;&#10;');
        expect(escapeText('a\u0000b\uD800c😀')).toBe('a\uFFFDb\uFFFDc😀');
    });

    for (const name of ['saas-onboarding', 'retail-repurchase']) {
        for (const view of VIEWS) {
            test(`hostile text in every text field: ${name}, ${view}`, async () => {
                const model = hostileTexts(models.get(name)) as CjourneyModel;
                const svg = await renderView(model, view);
                expectNoUserMarkup(svg);
                expect(svg).toContain('&lt;script&gt;alert(');
            });

            test(`hostile ids: ${name}, ${view}`, async () => {
                const svg = await renderView(hostileIds(models.get(name)!), view);
                expectNoUserMarkup(svg);
                expect(svg).toContain('data-cj-id="');
            });
        }
    }

    test('hostile notices and a hostile journey id in the message', async () => {
        const svg = await renderView(models.get('saas-onboarding')!, 'map', { journeyId: HOSTILE, notices: [HOSTILE] });
        expectNoUserMarkup(svg);
    });
});
