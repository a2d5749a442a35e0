/**
 * A wide journey for the preview's overview tests: 15 stages of 10 touchpoints each (150
 * touchpoints), the size at which "fit" to the whole width becomes a useless strip.
 */
export const BIG_JOURNEY_STAGES = 15;

export function bigJourneyText(): string {
    const stages = Array.from(
        { length: BIG_JOURNEY_STAGES },
        (_, s) =>
            `  stage S${s + 1} "Stage ${s + 1}" {\n${Array.from(
                { length: 10 },
                (_, t) => `    touchpoint T${s + 1}_${t + 1} "Step ${s + 1}.${t + 1}" { channel web emotion pleased }`
            ).join('\n')}\n  }`
    );
    return `journey Big "A journey of 150 touchpoints" {\n${stages.join('\n')}\n}\n`;
}
