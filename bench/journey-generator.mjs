/**
 * A deterministic generator of realistic-looking journeys of any size, for benchmarks,
 * scale tests and fuzzing: several stages, personas, stakeholders (shared and local),
 * channels, pains with evidence, opportunities, KPIs with benchmarks, flow chains and loops
 * back. The same options always give the same text.
 */

/** mulberry32: a tiny seeded PRNG, so output never depends on Math.random. */
export function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const STAGE_NAMES = [
    'Awareness',
    'Consideration',
    'Purchase',
    'Onboarding',
    'Usage',
    'Support',
    'Renewal',
    'Advocacy',
    'Repurchase',
    'Expansion'
];
const CHANNELS = ['web', 'app', 'email', 'sms', 'phone', 'chat', 'social', 'ads', 'store', 'event', 'mail', 'partner', 'Kiosk', 'Podcast'];
const EMOTIONS = ['delighted', 'pleased', 'neutral', 'frustrated', 'angry'];
const VERBS = [
    'Reads',
    'Compares',
    'Asks about',
    'Signs up for',
    'Configures',
    'Invites the team to',
    'Pays for',
    'Reviews',
    'Shares',
    'Renews'
];
const OBJECTS = [
    'the pricing page',
    'a case study',
    'the trial',
    'the first project',
    'a support ticket',
    'the invoice',
    'the mobile app',
    'a webinar',
    'the loyalty offer',
    'the referral link'
];

/** Stakeholders of every type, level and attitude, each influencing the one before. */
function stakeholderLines(count) {
    const types = ['customer', 'internal', 'external', 'indirect'];
    const levels = ['low', 'medium', 'high'];
    const attitudes = ['champion', 'supporter', 'neutral', 'sceptic', 'blocker'];
    return Array.from({ length: count }, (_, s) => {
        const influences = s > 0 ? ` influences S${s - 1}` : '';
        return `stakeholder S${s} "Stakeholder ${s}" { type ${types[s % 4]} power ${levels[s % 3]} interest ${levels[(s + 1) % 3]} attitude ${attitudes[s % 5]} risk "Risk ${s}"${influences} }`;
    });
}

/** Chains of at most 50 steps (as people write them), then loops back every ~25 touchpoints. */
function flowLines(ids) {
    const lines = [];
    for (let start = 0; start < ids.length - 1; start += 49) {
        lines.push(`flow ${ids.slice(start, Math.min(ids.length, start + 50)).join(' -> ')}`);
    }
    for (let i = 25; i < ids.length; i += 25) {
        lines.push(`flow ${ids[i]} -> ${ids[i - 20]}`);
    }
    return lines;
}

/**
 * The lines of the `n`th touchpoint (1-based; its id is T<n-1>), indented from its own level.
 * `pick` draws from the seeded random sequence, in the same order on every run.
 */
function touchpointLines(n, pick, { personas, stakeholders }) {
    const emotion = pick(EMOTIONS);
    const lines = [`touchpoint T${n - 1} "${pick(VERBS)} ${pick(OBJECTS)}" {`];
    const inner = text => lines.push(`  ${text}`);
    inner(`channel ${pick(CHANNELS)}`);
    inner(`persona P${n % personas}`);
    inner(`emotion ${emotion}`);
    inner(`owner ${n % 5 === 0 ? 'SharedSupport' : `S${n % stakeholders}`}`);
    if (n % 3 === 0) inner(`action "Clicks through step ${n}"`);
    if (n % 4 === 0) inner(`thought "Is this worth it?"`);
    if (emotion === 'frustrated' || emotion === 'angry' || n % 7 === 0) {
        inner(`pain "Pain at step ${n}" evidence "Survey ${n % 12}"`);
        inner(`opportunity "Fix step ${n}"`);
    }
    lines.push('}');
    return lines;
}

/**
 * @param {{ touchpoints: number, stages?: number, personas?: number, stakeholders?: number, seed?: number, flows?: boolean }} options
 * @returns {string} the text of one `.cjourney` file (shared definitions and one journey)
 */
export function generateJourney({
    touchpoints,
    stages = Math.min(10, Math.max(2, Math.ceil(touchpoints / 20))),
    personas = 4,
    stakeholders = 8,
    seed = 1,
    flows = true
}) {
    const random = seededRandom(seed);
    const pick = list => list[Math.floor(random() * list.length)];
    const lines = [];
    const push = (indent, text) => lines.push('  '.repeat(indent) + text);

    push(0, '// Generated journey for benchmarks and scale tests.');
    push(0, 'stakeholder SharedSupport "Support team" { type internal power medium interest high attitude supporter }');
    push(0, 'channel Kiosk "In-store kiosk" offline');
    push(0, '');
    push(0, `journey Generated${touchpoints} "Generated journey with ${touchpoints} touchpoints" {`);
    push(1, 'description "A deterministic journey for measuring the tools."');
    push(1, 'objective "Measure how the tools scale"');
    push(1, 'channel Podcast "Podcast" online');
    for (let p = 0; p < personas; p++) {
        push(1, `persona P${p} "Persona ${p}" { segment "Segment ${p % 3}" goal "Goal of persona ${p}" need "A need" }`);
    }
    stakeholderLines(stakeholders).forEach(line => push(1, line));
    const stageCount = Math.max(1, Math.min(stages, touchpoints || 1));
    const perStage = Math.ceil(touchpoints / stageCount);
    const ids = [];
    for (let st = 0; st < stageCount; st++) {
        const stageName = `${STAGE_NAMES[st % STAGE_NAMES.length]}${st >= STAGE_NAMES.length ? st : ''}`;
        push(1, '');
        push(1, `stage St${st} "${stageName}" {`);
        push(2, `needs S${st % stakeholders} "What stakeholder ${st % stakeholders} needs in ${stageName}"`);
        for (let i = 0; i < perStage && ids.length < touchpoints; i++) {
            ids.push(`T${ids.length}`);
            touchpointLines(ids.length, pick, { personas, stakeholders }).forEach(line => push(2, line));
        }
        push(1, '}');
    }
    if (flows && ids.length > 1) {
        push(1, '');
        flowLines(ids).forEach(line => push(1, line));
    }
    push(1, '');
    for (let k = 0; k < Math.max(2, stageCount); k++) {
        push(
            1,
            `kpi K${k} "KPI ${k}" { stage St${k % stageCount} current ${30 + k} target ${40 + k} benchmark ${50 + k} "Leader ${k}" benchmark ${35 + k} "Peer ${k}" }`
        );
    }
    push(0, '}');
    return lines.join('\n') + '\n';
}
