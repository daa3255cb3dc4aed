/**
 * Terminal output (SGR colour codes) as an HTML page that looks like a dark
 * terminal, so Chromium can screenshot the highlight format for the README.
 */
import { escapeHtml } from '../../src/reporters/html-article.js';

const PALETTE: Record<string, string> = {
  '30': '#3b4048', '31': '#ff6b6b', '32': '#98c379', '33': '#e5c07b', '34': '#61afef', '35': '#d78bf0', '36': '#56d4dd', '37': '#dcdfe4',
};

interface State {
  fg: string | null;
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
}

function apply(state: State, code: string): void {
  if (PALETTE[code]) state.fg = PALETTE[code]!;
  else if (code === '39') state.fg = null;
  else if (code === '1') state.bold = true;
  else if (code === '2') state.dim = true;
  else if (code === '22') state.bold = state.dim = false;
  else if (code === '3') state.italic = true;
  else if (code === '23') state.italic = false;
  else if (code === '4') state.underline = true;
  else if (code === '24') state.underline = false;
  else if (code === '0') Object.assign(state, { fg: null, bold: false, dim: false, italic: false, underline: false });
}

function css(s: State): string {
  return [
    s.fg ? `color:${s.fg}` : '',
    s.bold ? 'font-weight:700' : '',
    s.dim ? 'opacity:.6' : '',
    s.italic ? 'font-style:italic' : '',
    s.underline ? 'text-decoration:underline' : '',
  ]
    .filter(Boolean)
    .join(';');
}

/** The ANSI text as a self-contained page (a terminal window of `columns` columns). */
export function ansiToHtml(ansi: string, columns: number): string {
  const state: State = { fg: null, bold: false, dim: false, italic: false, underline: false };
  const out: string[] = [];
  for (const [i, part] of ansi.split(/\u001b\[([\d;]*)m/).entries()) {
    if (i % 2 === 1) {
      for (const code of part.split(';')) apply(state, code || '0');
      continue;
    }
    if (!part) continue;
    const style = css(state);
    out.push(style ? `<span style="${style}">${escapeHtml(part)}</span>` : escapeHtml(part));
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #1e2127; }
pre { margin: 0; display: inline-block; padding: 14px 18px; color: #dcdfe4; background: #282c34; width: ${columns + 4}ch;
  font: 15px/1.45 "DejaVu Sans Mono", "Liberation Mono", monospace; white-space: pre; }
</style></head><body><pre>${out.join('')}</pre></body></html>`;
}
