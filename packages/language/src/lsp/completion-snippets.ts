/**
 * Snippets offered where their keyword may be written, with tab stops and choices from the
 * language's word lists. `\t` is the editor's indentation unit in LSP snippets.
 */
import { BUILTIN_CHANNELS } from '../builtins.js';
import { EMOTIONS, LEVELS, STAKEHOLDER_TYPES } from '@cjourney/model';

const choice = (index: number, words: readonly string[]) => `\${${index}|${words.join(',')}|}`;
const CHANNELS = BUILTIN_CHANNELS.map(channel => channel.id);

export interface Snippet {
    keyword: string;
    description: string;
    body: string;
}

export const SNIPPETS: readonly Snippet[] = [
    {
        keyword: 'journey',
        description: 'A new journey with a first stage and touchpoint',
        body: `journey \${1:Name} "\${2:Title}" {\n\tdescription "\${3:What this journey is about}"\n\tobjective "\${4:What mapping it should achieve}"\n\n\tstage \${5:Awareness} "\${6:Awareness}" {\n\t\ttouchpoint \${7:FirstContact} "\${8:What the customer does}" {\n\t\t\tchannel ${choice(9, CHANNELS)}\n\t\t\temotion ${choice(10, EMOTIONS)}\n\t\t}\n\t}\n}`
    },
    {
        keyword: 'stage',
        description: 'A new stage with a touchpoint',
        body: `stage \${1:Name} "\${2:Title}" {\n\ttouchpoint \${3:Touchpoint} "\${4:What the customer does}" {\n\t\tchannel ${choice(5, CHANNELS)}\n\t\temotion ${choice(6, EMOTIONS)}\n\t}\n}`
    },
    {
        keyword: 'touchpoint',
        description: 'A new touchpoint: channel, emotion, pain and opportunity',
        body: `touchpoint \${1:Name} "\${2:What the customer does}" {\n\tchannel ${choice(3, CHANNELS)}\n\temotion ${choice(4, EMOTIONS)}\n\tpain "\${5:What gets in the way}" evidence "\${6:Where we know it from}"\n\topportunity "\${7:How we could do better}"\n}`
    },
    {
        keyword: 'stakeholder',
        description: 'A new stakeholder on the power/interest grid',
        body: `stakeholder \${1:Name} "\${2:Title}" {\n\ttype ${choice(3, STAKEHOLDER_TYPES)}\n\tpower ${choice(4, LEVELS)}\n\tinterest ${choice(5, LEVELS)}\n\trole "\${6:What they do in the journey}"\n}`
    },
    {
        keyword: 'kpi',
        description: 'A new KPI with a target and a benchmark',
        body: `kpi \${1:Name} "\${2:Title}" {\n\tcurrent \${3:0}\n\ttarget \${4:0}\n\tbenchmark \${5:0} "\${6:Industry leader}"\n}`
    }
];
