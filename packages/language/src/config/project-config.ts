/**
 * A project's settings, `cjourney.config.json`: rule severities, the preview's defaults and
 * the theme of drawn files. One explicit JSON file (like `tsconfig.json`), so editors find it
 * by name and validate it with a JSON schema. This module only reads text: finding the file
 * is each host's job (the CLI, the language server and the extension read files differently).
 * It imports neither Langium nor Node.js, so the extension host and browsers can use it.
 */
import { JsonSyntaxError, parseJsonTree, type JsonNode } from './json-tree.js';
import { DIAGNOSTIC_SEVERITY, type DiagnosticCode, type Severity } from '../diagnostic-codes.js';
import { closestMatch } from '../suggestions.js';
import { VIEWS } from '@cjourney/model';

export const CONFIG_FILE_NAME = 'cjourney.config.json';

/** A rule's setting: one of the four severities, or `off` to drop the diagnostic. */
export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** The renderer's views, by the one list of their names. */
export const CONFIG_VIEWS = VIEWS;
export const CONFIG_THEMES = ['light', 'dark'] as const;
/** The journey map's lanes, as the map names them (packages/render's map layout). */
export const CONFIG_LANES = ['touchpoints', 'doing', 'emotion', 'pains', 'stakeholders', 'kpis'] as const;

export interface PreviewConfig {
    defaultView?: (typeof CONFIG_VIEWS)[number];
    /** Persona ids shown by default; stored for the views, which do not filter by persona yet. */
    personas?: string[];
    /** Map lanes shown by default; stored for the views, which show every lane yet. */
    lanes?: Array<(typeof CONFIG_LANES)[number]>;
}

export interface ProjectConfig {
    rules: Partial<Record<DiagnosticCode, RuleSetting>>;
    theme?: (typeof CONFIG_THEMES)[number];
    preview: PreviewConfig;
}

/** A problem of the file itself, 1-based. Errors make the file unusable for the CLI; warnings do not. */
export interface ConfigProblem {
    severity: 'error' | 'warning';
    message: string;
    line: number;
    column: number;
}

export interface ParsedConfig {
    /** What the file says, without the entries that have problems. */
    config: ProjectConfig;
    problems: ConfigProblem[];
}

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_SEVERITY) as DiagnosticCode[];

/** The top-level keys and what each one holds, in the order the documentation gives them. */
export const CONFIG_KEYS = ['$schema', 'rules', 'theme', 'preview'] as const;
const PREVIEW_KEYS = ['defaultView', 'personas', 'lanes'] as const;

export function emptyConfig(): ProjectConfig {
    return { rules: {}, preview: {} };
}

/** Reads a config file's text. Never throws: what cannot be used becomes a located problem. */
export function parseProjectConfig(text: string): ParsedConfig {
    const problems: ConfigProblem[] = [];
    const at: Report = (offset, severity, message) => {
        problems.push({ severity, message, ...position(text, offset) });
    };
    let root: JsonNode;
    try {
        root = parseJsonTree(text);
    } catch (error) {
        // The first syntax error is the one to fix; the others usually follow from it.
        const syntax = error instanceof JsonSyntaxError ? error : new JsonSyntaxError(String(error), 0);
        at(syntax.offset, 'error', `not valid JSON: ${syntax.message}`);
        return { config: emptyConfig(), problems };
    }
    const config = emptyConfig();
    if (root.type !== 'object') {
        at(root.offset, 'error', 'the file must hold one JSON object, e.g. { "rules": { "kpi-below-benchmark": "off" } }');
        return { config, problems };
    }
    for (const { key, value, keyOffset } of root.properties) {
        switch (key) {
            case '$schema':
                if (value.type !== 'string') at(value.offset, 'error', '"$schema" must be a string');
                break;
            case 'rules':
                readRules(value, config, at);
                break;
            case 'theme':
                config.theme = oneOf(value, 'theme', CONFIG_THEMES, at);
                break;
            case 'preview':
                readPreview(value, config.preview, at);
                break;
            default:
                at(keyOffset, 'warning', unknownKey(key, CONFIG_KEYS, 'key'));
        }
    }
    return { config, problems };
}

type Report = (offset: number, severity: ConfigProblem['severity'], message: string) => void;

function readRules(node: JsonNode, config: ProjectConfig, at: Report): void {
    if (node.type !== 'object') {
        at(node.offset, 'error', '"rules" must be an object of diagnostic codes, e.g. { "kpi-below-benchmark": "off" }');
        return;
    }
    for (const { key: code, value, keyOffset } of node.properties) {
        if (!(DIAGNOSTIC_CODES as readonly string[]).includes(code)) {
            at(keyOffset, 'warning', unknownKey(code, DIAGNOSTIC_CODES, 'rule'));
            continue;
        }
        const setting = oneOf(value, `rules › ${code}`, RULE_SETTINGS, at);
        if (setting) config.rules[code as DiagnosticCode] = setting;
    }
}

function readPreview(node: JsonNode, preview: PreviewConfig, at: Report): void {
    if (node.type !== 'object') {
        at(node.offset, 'error', '"preview" must be an object, e.g. { "defaultView": "map" }');
        return;
    }
    for (const { key, value, keyOffset } of node.properties) {
        if (key === 'defaultView') {
            preview.defaultView = oneOf(value, 'preview › defaultView', CONFIG_VIEWS, at);
        } else if (key === 'personas') {
            preview.personas = stringList(value, 'preview › personas', undefined, at);
        } else if (key === 'lanes') {
            preview.lanes = stringList(value, 'preview › lanes', CONFIG_LANES, at) as PreviewConfig['lanes'];
        } else {
            at(keyOffset, 'warning', unknownKey(key, PREVIEW_KEYS, 'key in "preview"'));
        }
    }
}

function oneOf<T extends string>(node: JsonNode, name: string, allowed: readonly T[], at: Report): T | undefined {
    if (node.type === 'string' && (allowed as readonly string[]).includes(node.value)) {
        return node.value as T;
    }
    at(node.offset, 'error', `"${name}" must be one of ${allowed.map(word => `"${word}"`).join(', ')}; found ${describe(node)}`);
    return undefined;
}

function stringList(node: JsonNode, name: string, allowed: readonly string[] | undefined, at: Report): string[] | undefined {
    const items = node.type === 'array' ? node.items : undefined;
    const bad = items?.find(item => item.type !== 'string' || (allowed && !allowed.includes(item.value)));
    if (!items || bad) {
        const expected = allowed ? `a list of ${allowed.map(word => `"${word}"`).join(', ')}` : 'a list of names';
        at((bad ?? node).offset, 'error', `"${name}" must be ${expected}; found ${describe(bad ?? node)}`);
        return undefined;
    }
    return items.map(item => (item as { value: string }).value);
}

function unknownKey(key: string, known: readonly string[], what: string): string {
    const suggestion = closestMatch(key, known);
    return `unknown ${what} "${key}" (ignored)` + (suggestion ? `; did you mean "${suggestion}"?` : `; known: ${known.join(', ')}`);
}

function describe(node: JsonNode): string {
    return node.type === 'string' ? JSON.stringify(node.value) : node.type === 'null' ? 'null' : `a ${node.type}`;
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
