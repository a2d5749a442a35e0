/**
 * The JSON schema of `cjourney.config.json`, built from the diagnostic codes table so that a
 * new code is configurable (and completed in VS Code) as soon as it exists. The extension
 * ships it as `schemas/cjourney.config.schema.json`; a test fails when that file is stale.
 */
import { DIAGNOSTIC_DESCRIPTION, DIAGNOSTIC_SEVERITY } from '../diagnostic-codes.js';
import { CONFIG_LANES, CONFIG_THEMES, CONFIG_VIEWS, DIAGNOSTIC_CODES, RULE_SETTINGS } from './project-config.js';

export function configSchema(): Record<string, unknown> {
    const rules = Object.fromEntries(
        DIAGNOSTIC_CODES.map(code => [
            code,
            {
                enum: RULE_SETTINGS,
                markdownDescription: `${DIAGNOSTIC_DESCRIPTION[code]} Default: \`${DIAGNOSTIC_SEVERITY[code]}\`.`
            }
        ])
    );
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'cjourney project settings (cjourney.config.json)',
        description:
            'Read by cjourney check, the language server, the VS Code preview and the GitHub Action for every .cjourney file in this folder and the folders below it.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            rules: {
                type: 'object',
                markdownDescription:
                    'The severity of each diagnostic code: `error`, `warning`, `info`, `hint`, or `off` to drop it everywhere (check, editor, pull-request annotations).',
                additionalProperties: false,
                properties: rules
            },
            theme: {
                enum: CONFIG_THEMES,
                markdownDescription:
                    "The colour theme of drawn files: `cjourney render` without `--theme` and the preview's SVG and PNG exports. The preview on screen follows the VS Code theme."
            },
            preview: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    defaultView: {
                        enum: CONFIG_VIEWS,
                        markdownDescription: "The view a new preview opens with, and `cjourney render`'s view without `--view`."
                    },
                    personas: {
                        type: 'array',
                        items: { type: 'string' },
                        uniqueItems: true,
                        markdownDescription: 'Persona ids shown by default. Stored for the views; they do not filter by persona yet.'
                    },
                    lanes: {
                        type: 'array',
                        items: { enum: CONFIG_LANES },
                        uniqueItems: true,
                        markdownDescription: 'Journey-map lanes shown by default. Stored for the views; the map shows every lane yet.'
                    }
                }
            }
        }
    };
}
