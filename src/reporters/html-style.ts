/**
 * The report's inline stylesheet. Colours follow the terminal formats
 * (person cyan, organisation magenta, place green, number yellow, quote blue);
 * notes and speaker badges are drawn from data attributes so that they are not
 * part of the article's text.
 */
export const REPORT_CSS = `
:root { --person: #c8f0fa; --person-ink: #055a6b; --organization: #f6d8f7; --organization-ink: #6d1a73;
  --place: #d6f5d2; --place-ink: #1d6417; --number: #ffeaa0; --number-ink: #6b4d00; --quote: #1f4fa8;
  --quote-bg: #eef3fd; --ink: #1d232b; --muted: #5f6b78; --line: #d9dee4; --paper: #fff; --page: #f5f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: var(--page); display: flex; flex-direction: column; }
header.top { order: 0; padding: 12px 24px; background: var(--paper); border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0 0 6px; font-size: 18px; }
nav.toc { order: 1; margin: 16px 24px 0; padding: 12px 16px; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; }
nav.toc h2 { margin: 0 0 6px; font-size: 15px; }
nav.toc ol { margin: 0; padding-left: 24px; }
nav.toc .failed a { color: #a11; }
main { order: 2; padding: 0 24px 32px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 14px; color: var(--muted); align-items: baseline; }
article.doc { margin-top: 16px; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; }
article.doc h2 { margin: 0; font-size: 20px; overflow-wrap: anywhere; }
.counts { margin: 2px 0 12px; color: var(--muted); font-size: 14px; }
.error { color: #a11; font-weight: 600; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(260px, 380px); gap: 24px; align-items: start; }
@media (max-width: 860px) { .cols { grid-template-columns: minmax(0, 1fr); } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 17px; line-height: 1.8; max-width: 72ch; }
mark { color: inherit; border-radius: 3px; padding: 1px 2px; }
mark.person { background: var(--person); box-shadow: inset 0 -2px var(--person-ink); }
mark.organization { background: var(--organization); box-shadow: inset 0 -2px var(--organization-ink); }
mark.place { background: var(--place); box-shadow: inset 0 -2px var(--place-ink); }
mark.num { background: var(--number); box-shadow: inset 0 -2px var(--number-ink); font-weight: 600; }
.note::after { content: attr(data-note); margin-left: 3px; font-size: 12px; color: var(--number-ink); background: #fff7d6;
  border: 1px solid #e9d27a; border-radius: 3px; padding: 0 3px; white-space: nowrap; font-style: normal; }
.quote { color: var(--quote); background: var(--quote-bg); font-style: italic; }
.quote.unknown { color: #3d4f6b; }
.badge::after { content: attr(data-speaker); margin-left: 4px; font: 600 12px/1.4 system-ui, sans-serif; color: #fff;
  background: var(--quote); border-radius: 9px; padding: 1px 7px; white-space: nowrap; }
.badge.unknown::after { background: #8a94a3; }
.said { text-decoration: underline dotted var(--quote) 2px; text-underline-offset: 3px; }
:target { outline: 3px solid #f28c28; outline-offset: 2px; }
.panels { display: grid; gap: 12px; font-size: 14px; position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; }
@media (max-width: 860px) { .panels { position: static; max-height: none; } }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.panel h3 { margin: 0 0 6px; font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.panel h3 .n { font-weight: 400; }
.panel ul { margin: 0; padding: 0; list-style: none; }
.panel li { margin: 3px 0; overflow-wrap: anywhere; }
.panel .none { margin: 0; color: var(--muted); font-style: italic; }
.panel table { border-collapse: collapse; width: 100%; }
.panel td, .panel th { text-align: left; padding: 2px 6px 2px 0; border-bottom: 1px solid var(--line); vertical-align: top; }
.panel th { font-weight: 600; color: var(--muted); }
.chip { display: inline-block; border-radius: 4px; padding: 0 5px; color: var(--ink); text-decoration: none; font-weight: 600; }
.chip.person { background: var(--person); } .chip.organization { background: var(--organization); }
.chip.place { background: var(--place); } .chip.other { background: #e3e7ec; }
.meta, .roles, .aka { color: var(--muted); }
.roles { font-style: italic; }
.speaker h4 { margin: 8px 0 2px; font-size: 14px; }
.said-text { color: var(--quote); }
.claim .said-text { color: var(--ink); }
@media (prefers-color-scheme: dark) {
  :root { --person: #123f4a; --person-ink: #56d4dd; --organization: #45204a; --organization-ink: #d78bf0; --place: #1f3d1c;
    --place-ink: #98c379; --number: #4a3b0c; --number-ink: #e5c07b; --quote: #8fb8f5; --quote-bg: #1d2636; --ink: #dfe3e8;
    --muted: #9aa5b1; --line: #39414b; --paper: #20252c; --page: #16191e; }
  .note::after { background: #2c2614; border-color: #6b5a22; }
  .badge::after { color: #10151c; }
  .chip.other { background: #39414b; }
  .quote.unknown { color: #a9b8cc; }
}
@media print { .panels { position: static; max-height: none; } body { background: #fff; } }
`;
