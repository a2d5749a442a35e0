/** Journeys the cjourney.config.json tests share (CLI, language server, Action). */

/** A frustrated touchpoint with no opportunity (a warning, line 4) and a KPI below its benchmark (info, line 9). */
export const SHOP = `journey Shop "Shop" {
  stage Buy "Buy" {
    touchpoint Pay "Pays" { channel web }
    touchpoint Wait "Waits" { channel email emotion frustrated }
  }
  kpi Nps "Net Promoter Score" {
    current 32
    target 30
    benchmark 60 "Top quartile"
  }
}
`;
