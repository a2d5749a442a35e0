import type { ValidationChecks } from 'langium';
import type { CJourneyAstType } from '../generated/ast.js';
import type { CJourneyServices } from '../cjourney-module.js';
import { JourneyInsightsValidator } from './journey-insights-validator.js';
import { KpiValidator } from './kpi-validator.js';
import { NameValidator } from './name-validator.js';
import { ValueValidator } from './value-validator.js';

/** Registers every check of the contract's diagnostics table (see diagnostic-codes.ts). */
export function registerValidationChecks(services: CJourneyServices): void {
    const registry = services.validation.ValidationRegistry;
    const names = new NameValidator(services);
    const values = new ValueValidator();
    const insights = new JourneyInsightsValidator(services);
    const kpis = new KpiValidator();
    const checkWrittenOnce = values.checkPropertiesWrittenOnce.bind(values);
    const checks: ValidationChecks<CJourneyAstType> = {
        JourneyFile: [names.checkTopLevelNames.bind(names), insights.checkSharedUsage.bind(insights)],
        Journey: [names.checkJourneyNames.bind(names), insights.checkFlows.bind(insights), insights.checkJourneyUsage.bind(insights), checkWrittenOnce],
        Stakeholder: [values.checkStakeholderWords.bind(values), checkWrittenOnce],
        Persona: [checkWrittenOnce],
        Stage: [insights.checkStage.bind(insights), checkWrittenOnce],
        Touchpoint: [values.checkTouchpointWords.bind(values), insights.checkTouchpoint.bind(insights), checkWrittenOnce],
        Kpi: [values.checkKpiWords.bind(values), kpis.checkKpi.bind(kpis), checkWrittenOnce],
        Quantity: [values.checkNumber.bind(values)]
    };
    registry.register(checks);
}
