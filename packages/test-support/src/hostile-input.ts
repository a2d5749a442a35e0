/**
 * Hostile and huge `.cjourney` inputs shared by every layer's tests: an XSS corpus put into
 * every text field of the examples, ids named after JavaScript builtins, deep nesting,
 * unbalanced braces, a 5,000-touchpoint flow chain, a 100,000-character string, a 5 MB file.
 */
import { readFileSync } from 'node:fs';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types.
import { generateJourney as generate } from '../../../bench/journey-generator.mjs';
import { EXAMPLES_DIR } from './examples.js';

export { EXAMPLES_DIR };

export function exampleText(name: string): string {
    return readFileSync(`${EXAMPLES_DIR}${name}.cjourney`, 'utf8');
}

/** The benchmark's deterministic generator of realistic journeys. */
export const generateJourney = generate as (options: { touchpoints: number; seed?: number }) => string;

/**
 * Where a payload that ran would leave its trace: every script in the corpus sets this
 * global (or opens a dialog, or asks evil.test for something), so a browser test can tell.
 */
export const XSS_GLOBAL = '__cjourneyXss';
export const EVIL_ORIGIN = 'http://evil.test';

/** Text that would run script, load something or break out of SVG, HTML, CSS or CDATA if written unescaped. */
export const XSS_PAYLOADS: readonly string[] = [
    `<script>window.${XSS_GLOBAL}=1;alert(1)</script>`,
    `<img src=x onerror="window.${XSS_GLOBAL}=2">`,
    `javascript:window.${XSS_GLOBAL}=3`,
    `<a href="javascript:window.${XSS_GLOBAL}=4">click</a>`,
    `</text></g></svg><script>window.${XSS_GLOBAL}=5</script><svg>`,
    `<svg onload="window.${XSS_GLOBAL}=6"><animate onbegin="alert(6)" attributeName="x" dur="1s"/></svg>`,
    `]]><script>window.${XSS_GLOBAL}=7</script><![CDATA[`,
    `</title><script>window.${XSS_GLOBAL}=8</script>`,
    `</style><script>window.${XSS_GLOBAL}=9</script><style>`,
    `</style><style>*{background:url(${EVIL_ORIGIN}/css-url)}</style>`,
    `url(${EVIL_ORIGIN}/bare-url) @import '${EVIL_ORIGIN}/import.css';`,
    `' onmouseover='window.${XSS_GLOBAL}=10' x='`,
    `" onfocus="window.${XSS_GLOBAL}=11" autofocus="`,
    `<iframe src="${EVIL_ORIGIN}/frame" onload="alert(12)"></iframe>`,
    `<foreignObject><body xmlns="http://www.w3.org/1999/xhtml" onload="alert(13)"/></foreignObject>`,
    `<image href="${EVIL_ORIGIN}/image.png"/><use href="${EVIL_ORIGIN}/sprite.svg#x"/>`,
    `&lt;script&gt;window.${XSS_GLOBAL}=14&lt;/script&gt; &#60;script&#62;`,
    `{{constructor.constructor('window.${XSS_GLOBAL}=15')()}} \${alert(16)}`,
    `<!--<script>window.${XSS_GLOBAL}=17</script>-->`,
    `<math><mtext><table><mglyph><style><img src=x onerror=alert(18)>`
];

/** The corpus in one string, for fields that should carry all of it at once. */
export const XSS_ALL = XSS_PAYLOADS.join(' ');

/** `text` as the content of a `.cjourney` string literal. */
export function cjourneyString(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/**
 * A source with the content of every string literal (every title, description, pain,
 * evidence, goal, role… of the file) replaced by a payload of the corpus, taken in turn
 * from `offset` on, so each field meets each payload across offsets.
 */
export function withHostileStrings(source: string, offset = 0, payloads: readonly string[] = XSS_PAYLOADS): string {
    let index = offset;
    return source.replace(/"(?:\\.|[^"\\\r\n])*"/g, () => cjourneyString(payloads[index++ % payloads.length]));
}

/** Names that are properties of every JavaScript object: a map keyed by plain objects mixes them up. */
export const BUILTIN_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'] as const;

/** A journey whose every id (journey, stages, touchpoints, personas, stakeholders, channels, KPIs) is a builtin's name. */
export function journeyWithBuiltinIds(): string {
    const [proto, ctor, toString, has, valueOf, prototype] = BUILTIN_NAMES;
    return `stakeholder ${prototype} "Shared ${prototype}" { type internal power high interest high }
persona ${valueOf} "Shared ${valueOf}" { goal "g" }
channel ${has} "Shared ${has}" online

journey ${proto} "Journey ${proto}" {
  persona ${proto} "Persona ${proto}" { goal "g" }
  stakeholder ${ctor} "Stakeholder ${ctor}" { type internal power low interest high influences ${toString}, ${prototype} }
  stakeholder ${toString} "Stakeholder ${toString}" { type external power high interest low }
  channel ${valueOf} "Channel ${valueOf}" offline
  stage ${ctor} "Stage ${ctor}" {
    needs ${prototype} "Needs of ${prototype}"
    touchpoint ${proto} "Touchpoint ${proto}" { channel ${has} persona ${proto} emotion angry owner ${ctor} involves ${toString}, ${prototype} pain "p" opportunity "o" }
    touchpoint ${ctor} "Touchpoint ${ctor}" { channel ${valueOf} persona ${valueOf} emotion pleased owner ${toString} }
  }
  stage ${toString} "Stage ${toString}" {
    touchpoint ${toString} "Touchpoint ${toString}" { channel web persona ${proto} emotion delighted owner ${prototype} }
    touchpoint ${has} "Touchpoint ${has}" { channel ${has} persona ${valueOf} emotion neutral owner ${ctor} }
  }
  flow ${proto} -> ${ctor} -> ${toString} -> ${has} -> ${proto}
  kpi ${proto} "KPI ${proto}" { stage ${ctor} current 1 target 2 }
  kpi ${valueOf} "KPI ${valueOf}" { stage ${toString} better lower current 5% target 2% benchmark 1% "b" }
}
`;
}

/** One stage of `count` touchpoints linked by a single `flow` statement, first to last. */
export function flowChain(count: number): string {
    const ids = Array.from({ length: count }, (_, i) => `Step${i + 1}`);
    const touchpoints = ids.map(
        (id, i) => `    touchpoint ${id} "Step ${i + 1}" { channel web emotion ${['angry', 'neutral', 'delighted'][i % 3]} }`
    );
    return `journey Chain "A ${count}-step chain" {\n  stage Long "Long" {\n${touchpoints.join('\n')}\n  }\n  flow ${ids.join(' -> ')}\n}\n`;
}

/** `depth` levels of braces inside a touchpoint (the grammar nests three levels: deeper is an error). */
export function deepNesting(depth: number): string {
    return `journey Deep {\n  stage S {\n    touchpoint T { channel web ${'{ '.repeat(depth)}${'} '.repeat(depth)}}\n  }\n}\n`;
}

/** Unbalanced: `depth` blocks opened and never closed, then `depth` closing braces with nothing open. */
export function unbalancedBraces(depth: number): { opened: string; closed: string } {
    return {
        opened: `journey Open {\n${'  stage S {\n    touchpoint T { channel web\n'.repeat(depth)}`,
        closed: `${'}\n'.repeat(depth)}journey After "After the braces" { stage S { touchpoint T { channel web } } }\n`
    };
}

/** A touchpoint whose title, description and pain are each `length` characters long. */
export function longStrings(length: number): string {
    const long = (letter: string) => cjourneyString(letter.repeat(length));
    return `journey Long ${long('J')} {\n  stage S ${long('S')} {\n    touchpoint T ${long('T')} { description ${long('d')} channel web emotion pleased pain ${long('p')} }\n  }\n}\n`;
}
