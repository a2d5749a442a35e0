/**
 * assets/site.css. Colours keep WCAG AA contrast on their backgrounds (axe checks the pages);
 * statuses and emotions are said in words as well as colour.
 */
export const SITE_CSS = `:root { color-scheme: light; --text: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0550ae; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Arimo, "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--text); background: #ffffff; line-height: 1.45; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 3px solid #bf8700; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; background: #ffffff; padding: 0.5rem; }
.skip:focus { left: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { background: #24292f; padding: 0 1.5rem; }
.site-header ul { display: flex; flex-wrap: wrap; gap: 1.5rem; list-style: none; margin: 0; padding: 0.8rem 0; }
.site-header a { color: #ffffff; text-decoration: none; font-weight: bold; }
.site-header a[aria-current="page"] { text-decoration: underline; text-underline-offset: 4px; }
main { padding: 1rem 1.5rem 2rem; max-width: 1600px; margin: 0 auto; }
main:focus { outline: none; }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); padding: 0.5rem 1.5rem; font-size: 0.9rem; }
h1 { margin: 0.5rem 0; }
.muted { color: var(--muted); }
code { font-size: 0.9em; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0; padding: 0.8rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
.field { display: flex; flex-direction: column; gap: 0.2rem; }
.field.search { flex: 1 1 20rem; }
label { font-weight: bold; font-size: 0.9rem; }
input, select, button { font: inherit; padding: 0.35rem 0.5rem; border: 1px solid #8c959f; border-radius: 4px; background: #ffffff; color: var(--text); }
button { cursor: pointer; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; }
.card article { border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem; height: 100%; }
.card h2 { font-size: 1.15rem; margin: 0.5rem 0 0.3rem; }
.thumb { display: block; height: 160px; overflow: hidden; border: 1px solid var(--line); border-radius: 4px; background: #ffffff; }
.thumb img { width: 100%; height: 100%; object-fit: cover; object-position: left top; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.8rem; margin: 0.5rem 0; }
.facts dt { font-weight: bold; color: var(--muted); }
.facts dd { margin: 0; }
.status, .emotion { font-weight: bold; padding: 0 0.3rem; border-radius: 3px; }
.status-met { background: #dafbe1; color: #116329; }
.status-close { background: #fff8c5; color: #6c4b00; }
.status-off { background: #ffebe9; color: #a40e26; }
.status-unknown { background: #eaeef2; color: #424a53; }
.emotion-delighted, .emotion-pleased { background: #dafbe1; color: #116329; }
.emotion-neutral { background: #eaeef2; color: #424a53; }
.emotion-frustrated { background: #fff1e5; color: #953800; }
.emotion-angry { background: #ffebe9; color: #a40e26; }
.results { margin: 1rem 0; }
.toolbar { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0 0.5rem; }
[role="tablist"] { display: flex; flex-wrap: wrap; gap: 0.25rem; }
[role="tab"][aria-selected="true"] { background: var(--accent); color: #ffffff; border-color: var(--accent); }
.zoom { display: flex; gap: 0.25rem; }
.map-filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; }
.lanes { display: flex; flex-wrap: wrap; gap: 0.2rem 0.9rem; margin: 0; padding: 0.3rem 0.6rem 0.4rem; border: 1px solid var(--line); border-radius: 4px; }
.lanes legend { font-weight: bold; font-size: 0.9rem; padding: 0 0.2rem; }
.lanes label { font-weight: normal; white-space: nowrap; }
.drawing[aria-busy="true"] svg { opacity: 0.55; }
.lanes input { padding: 0; margin: 0 0.2rem 0 0; vertical-align: middle; }
.journey-layout { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1rem; align-items: start; }
@media (max-width: 900px) { .journey-layout { grid-template-columns: 1fr; } }
.viewer { border: 1px solid var(--line); border-radius: 6px; overflow: hidden; background: #ffffff; }
.drawing svg { display: block; width: 100%; height: 72vh; touch-action: none; cursor: grab; }
.drawing [data-cj-kind] { cursor: pointer; }
.cj-selected > rect, .cj-selected > path, .cj-selected > circle { stroke: #bf8700; stroke-width: 3px; }
.panel { border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem; max-height: 80vh; overflow: auto; }
.panel h2 { margin-top: 0; }
#panel-title:focus { outline: none; }
.panel h3 { margin: 0.2rem 0 0.5rem; }
.panel h4 { margin: 0.8rem 0 0.2rem; }
.panel ul { padding-left: 1.2rem; margin: 0.2rem 0; }
.sub { margin-top: 0.2rem; color: var(--muted); }
.outline ol ol { margin-bottom: 0.5rem; }
table.data { border-collapse: collapse; width: 100%; margin: 1rem 0; }
table.data caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
table.data th, table.data td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
table.data thead th { background: var(--soft); }
table.data thead button { border: none; background: none; padding: 0; font-weight: bold; text-align: left; }
table.data ul { margin: 0; padding-left: 1rem; }
.sparkline { color: var(--accent); vertical-align: middle; }
.register-entry { border-top: 1px solid var(--line); padding-top: 0.5rem; }
.source-link { margin-top: 0.8rem; }
[hidden] { display: none !important; }
`;
