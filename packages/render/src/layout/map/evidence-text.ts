/** Evidence in words for tooltips and counts: each finding with the title of the source it cites. */
import type { Evidence, Journey } from '@cjourney/model';

export function evidenceLine(evidence: Evidence, journey: Journey): string {
    const source = evidence.sourceId && (journey.sources.find(candidate => candidate.id === evidence.sourceId)?.title ?? evidence.sourceId);
    if (evidence.finding && source) return `${evidence.finding} (${source})`;
    return evidence.finding ?? source ?? '';
}

/** "Evidence: …" lines, one per piece. */
export function evidenceLines(evidence: readonly Evidence[], journey: Journey): string[] {
    return evidence.map(piece => `Evidence: ${evidenceLine(piece, journey)}`);
}

/** Everything that supports a step: its own evidence, then its emotions' and thoughts'. */
export function stepEvidence(touchpoint: {
    evidence: Evidence[];
    emotionEvidence?: Evidence;
    personaEmotions: { own: boolean; evidence?: Evidence }[];
    thoughtNotes: { evidence?: Evidence }[];
}): Evidence[] {
    return [
        ...touchpoint.evidence,
        ...(touchpoint.emotionEvidence ? [touchpoint.emotionEvidence] : []),
        ...touchpoint.personaEmotions.flatMap(entry => (entry.own && entry.evidence ? [entry.evidence] : [])),
        ...touchpoint.thoughtNotes.flatMap(note => (note.evidence ? [note.evidence] : []))
    ];
}
