/**
 * html: one self-contained report (inline CSS, no script, no network: a
 * Content-Security-Policy forbids both even if something slipped through),
 * with the highlighted article and side panels for each document. A batch
 * becomes one page with a table of contents; it is streamed, so the contents
 * list is written last and CSS shows it first.
 */
import type { Extraction } from '../types.js';
import { attr, escapeHtml, renderArticle } from './html-article.js';
import { renderPanels } from './html-panels.js';
import { articleText, describeCounts } from './markup.js';
import { REPORT_CSS } from './html-style.js';
import type { FailedRecord, Reporter } from './types.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The page up to and including the opening of <main>. */
export function pageStart(title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(CSP)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="top">',
    '<h1>newsclaims report</h1>',
    legend(),
    '</header>',
    '<main>',
    '',
  ].join('\n');
}

function legend(): string {
  return [
    '<div class="legend">',
    '<span><mark class="ent person">Person</mark></span>',
    '<span><mark class="ent organization">Organisation</mark></span>',
    '<span><mark class="ent place">Place</mark></span>',
    '<span><mark class="num">8,000</mark><span class="note" data-note="≤8000 soldiers"></span> number, with its reading (≈ about, ≤ at most, ≥ at least)</span>',
    '<span><span class="quote">“quote”</span><span class="badge" data-speaker="speaker"></span> quote and who said it</span>',
    '<span><span class="said">it</span> the words naming a speaker</span>',
    '</div>',
  ].join('\n');
}

/** One article: heading, counts, highlighted text and panels. `n` is 1-based. */
export function renderDocument(e: Extraction, text: string, n: number): string {
  const prefix = `d${n}`;
  return [
    `<article class="doc" id="${prefix}">`,
    `<h2>${escapeHtml(e.source)}</h2>`,
    `<p class="counts">${escapeHtml(describeCounts(e))}</p>`,
    '<div class="cols">',
    renderArticle(e, text, prefix),
    renderPanels(e, prefix),
    '</div>',
    '</article>',
    '',
  ].join('\n');
}

function renderFailure(f: FailedRecord, n: number): string {
  return [
    `<article class="doc failed" id="d${n}">`,
    `<h2>${escapeHtml(f.source)}</h2>`,
    `<p class="error">error: ${escapeHtml(f.error)}</p>`,
    '</article>',
    '',
  ].join('\n');
}

interface TocEntry {
  source: string;
  summary: string;
  failed: boolean;
}

function renderToc(entries: TocEntry[]): string {
  const items = entries.map((entry, i) => {
    const cls = entry.failed ? ' class="failed"' : '';
    return `<li${cls}><a href="#d${i + 1}">${escapeHtml(entry.source)}</a> <span class="meta">${escapeHtml(entry.summary)}</span></li>`;
  });
  return `<nav class="toc" aria-label="Contents">\n<h2>Contents (${entries.length})</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>\n`;
}

const PAGE_END = '</body>\n</html>\n';

/** A whole report page for one article. */
export function renderHtmlReport(e: Extraction, text: string): string {
  return `${pageStart(`newsclaims: ${e.source}`)}${renderDocument(e, text, 1)}</main>\n${PAGE_END}`;
}

export const htmlReporter: Reporter = {
  name: 'html',
  description: 'a self-contained HTML report: highlighted article and side panels',
  machine: false,
  needsText: true,
  extension: 'html',
  create: ({ many }) => {
    const toc: TocEntry[] = [];
    return {
      // One article: the page starts with the item, so its title can name the source.
      header: () => (many ? pageStart('newsclaims report') : ''),
      item: (e, i) => {
        if (!many) return renderHtmlReport(e, articleText(e));
        toc.push({ source: e.source, summary: describeCounts(e), failed: false });
        return renderDocument(e, articleText(e), i + 1);
      },
      failure: (f, i) => {
        toc.push({ source: f.source, summary: 'failed', failed: true });
        return many ? renderFailure(f, i + 1) : `${pageStart(`newsclaims: ${f.source}`)}${renderFailure(f, 1)}</main>\n${PAGE_END}`;
      },
      footer: () => (many ? `</main>\n${renderToc(toc)}${PAGE_END}` : ''),
    };
  },
};
