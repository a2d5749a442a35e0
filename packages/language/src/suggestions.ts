/** "Did you mean …" for misspelt names and words. */

/** Names longer than this are not compared: typos are suggested for words people type. */
const MAX_COMPARED_LENGTH = 64;

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
    let beforePrevious: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
            }
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo. Case is
 * ignored; the allowed distance grows with the word's length (1 for short words, up to 4);
 * a candidate that starts with what was typed (at least 3 letters) also counts. Ties go to
 * the earlier candidate, so suggestions are stable.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
    if (word.length === 0 || word.length > MAX_COMPARED_LENGTH) {
        return undefined;
    }
    const lowerWord = word.toLowerCase();
    const limit = Math.max(1, Math.min(4, Math.floor(word.length / 3)));
    let best: string | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        if (candidate === word || candidate.length > MAX_COMPARED_LENGTH) {
            continue;
        }
        const score = similarityScore(lowerWord, candidate.toLowerCase(), limit);
        if (score !== undefined && score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

function similarityScore(word: string, candidate: string, limit: number): number | undefined {
    if (word === candidate) {
        return 0;
    }
    if (word.length >= 3 && candidate.startsWith(word)) {
        return limit;
    }
    if (Math.abs(candidate.length - word.length) > limit) {
        return undefined;
    }
    const distance = editDistance(word, candidate);
    return distance <= limit ? distance : undefined;
}

/** "a, b or c" */
export function listWords(words: readonly string[], conjunction = 'or'): string {
    if (words.length <= 1) {
        return words.join('');
    }
    return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** "an emotion", "a stakeholder type" */
export function withArticle(noun: string): string {
    return (/^[aeiou]/i.test(noun) ? 'an ' : 'a ') + noun;
}
