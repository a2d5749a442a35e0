import type { ValidationCheck, ValidationChecks } from 'langium';
import type { CJourneyAstType } from '../generated/ast.js';
import type { CJourneyCoreServices } from '../cjourney-core-module.js';

/** Registers every check of the contract's diagnostics table (see diagnostic-codes.ts). */
export function registerValidationChecks(services: CJourneyCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const {
        NameValidator: names,
        ValueValidator: values,
        JourneyInsightsValidator: insights,
        KpiValidator: kpis,
        V2Validator: v2,
        ImageValidator: images
    } = services.validation;
    const checkImage = images.checkImage.bind(images);
    const checkWrittenOnce = values.checkPropertiesWrittenOnce.bind(values);
    const checkWords = values.checkWords.bind(values);
    const checkName = names.checkNameRules.bind(names);
    const checks: ValidationChecks<CJourneyAstType> = inOneCheckPerType({
        JourneyFile: [names.checkTopLevelNames.bind(names), insights.checkSharedUsage.bind(insights)],
        Journey: [
            checkName,
            names.checkJourneyNames.bind(names),
            insights.checkFlows.bind(insights),
            insights.checkJourneyUsage.bind(insights),
            checkWords,
            checkWrittenOnce,
            v2.checkJourneyUsage.bind(v2),
            v2.checkBaseline.bind(v2)
        ],
        Source: [checkName, checkWords, checkWrittenOnce],
        Competitor: [checkName, checkWords, checkWrittenOnce],
        Emotion: [checkWords],
        Opportunity: [checkName, checkWords, checkWrittenOnce, v2.checkOpportunity.bind(v2)],
        Stakeholder: [checkName, checkWords, checkWrittenOnce],
        Persona: [checkName, checkWrittenOnce, checkImage],
        Channel: [checkName],
        Lane: [checkName],
        Stage: [checkName, insights.checkStage.bind(insights), checkWrittenOnce],
        Touchpoint: [
            checkName,
            checkWords,
            insights.checkTouchpoint.bind(insights),
            checkWrittenOnce,
            values.checkEmotionsWrittenOnce.bind(values),
            v2.checkTouchpoint.bind(v2),
            checkImage
        ],
        Kpi: [checkName, checkWords, kpis.checkKpi.bind(kpis), checkWrittenOnce, v2.checkHistory.bind(v2)],
        Quantity: [values.checkNumber.bind(values)]
    });
    registry.register(checks);
}

/**
 * Registers each type's checks as one: Langium wraps every registered check in an async
 * function with its own try/catch and awaits it for every node, which cost more than the
 * checks themselves at 1,000 touchpoints. A check that throws still does not stop the others:
 * the first error is rethrown after them, for Langium to report on the node.
 */
function inOneCheckPerType(checks: ValidationChecks<CJourneyAstType>): ValidationChecks<CJourneyAstType> {
    const combined: Record<string, ValidationCheck> = {};
    for (const [type, list] of Object.entries(checks)) {
        combined[type] = Array.isArray(list) ? inOrder(list as ValidationCheck[]) : (list as ValidationCheck);
    }
    return combined as ValidationChecks<CJourneyAstType>;
}

function inOrder(list: readonly ValidationCheck[]): ValidationCheck {
    return async (node, accept, token) => {
        let failure: { error: unknown } | undefined;
        for (const check of list) {
            try {
                const pending = check(node, accept, token);
                if (pending) await pending;
            } catch (error) {
                failure ??= { error };
            }
        }
        if (failure) throw failure.error;
    };
}
