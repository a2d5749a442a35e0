/**
 * The shape of the parameters of each request the server answers, checked before a feature
 * sees them. Without it a hover without a position fails deep inside Langium with a
 * TypeError, answered as -32603 InternalError and logged as a server fault; LSP says
 * malformed parameters are the client's error, -32602 InvalidParams (issue 18, F7).
 */
type Params = Record<string, unknown>;
/** Returns what is wrong with the parameters, or undefined when the part it checks is fine. */
type Check = (params: Params) => string | undefined;

const isObject = (value: unknown): value is Params => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isPosition = (value: unknown) => isObject(value) && isCount(value.line) && isCount(value.character);
const isRange = (value: unknown) => isObject(value) && isPosition(value.start) && isPosition(value.end);

const textDocument: Check = params =>
    isObject(params.textDocument) && typeof params.textDocument.uri === 'string' ? undefined : 'textDocument must be { uri: string }';
const position: Check = params => (isPosition(params.position) ? undefined : 'position must be { line, character } with whole numbers ≥ 0');
const range: Check = params => (isRange(params.range) ? undefined : 'range must be { start, end } positions');
const options: Check = params => (isObject(params.options) ? undefined : 'options must be FormattingOptions');
const stringField =
    (name: string): Check =>
    params =>
        typeof params[name] === 'string' ? undefined : `${name} must be a string`;
const referenceContext: Check = params =>
    isObject(params.context) && typeof params.context.includeDeclaration === 'boolean'
        ? undefined
        : 'context must be { includeDeclaration: boolean }';
const codeActionContext: Check = params =>
    isObject(params.context) && Array.isArray(params.context.diagnostics) ? undefined : 'context must be { diagnostics: Diagnostic[] }';

const capabilities: Check = params => (isObject(params.capabilities) ? undefined : 'capabilities must be ClientCapabilities');

const AT_POSITION = [textDocument, position];

const CHECKS: Readonly<Record<string, readonly Check[]>> = {
    initialize: [capabilities],
    'textDocument/hover': AT_POSITION,
    'textDocument/completion': AT_POSITION,
    'textDocument/definition': AT_POSITION,
    'textDocument/declaration': AT_POSITION,
    'textDocument/typeDefinition': AT_POSITION,
    'textDocument/implementation': AT_POSITION,
    'textDocument/documentHighlight': AT_POSITION,
    'textDocument/signatureHelp': AT_POSITION,
    'textDocument/prepareRename': AT_POSITION,
    'textDocument/references': [...AT_POSITION, referenceContext],
    'textDocument/rename': [...AT_POSITION, stringField('newName')],
    'textDocument/documentSymbol': [textDocument],
    'textDocument/foldingRange': [textDocument],
    'textDocument/documentLink': [textDocument],
    'textDocument/codeLens': [textDocument],
    'textDocument/semanticTokens/full': [textDocument],
    'textDocument/semanticTokens/full/delta': [textDocument, stringField('previousResultId')],
    'textDocument/semanticTokens/range': [textDocument, range],
    'textDocument/inlayHint': [textDocument, range],
    'textDocument/formatting': [textDocument, options],
    'textDocument/rangeFormatting': [textDocument, range, options],
    'textDocument/onTypeFormatting': [...AT_POSITION, stringField('ch'), options],
    'textDocument/codeAction': [textDocument, range, codeActionContext],
    'workspace/symbol': [stringField('query')]
};

/** What is wrong with a request's parameters, or undefined (also for methods not listed here). */
export function invalidParamsReason(method: string, params: unknown): string | undefined {
    const checks = CHECKS[method];
    if (!checks) {
        return undefined;
    }
    if (!isObject(params)) {
        return `${method}: params must be an object`;
    }
    const problems = checks.map(check => check(params)).filter(problem => problem !== undefined);
    return problems.length > 0 ? `${method}: ${problems.join('; ')}` : undefined;
}
