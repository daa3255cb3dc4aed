/** Telling an HTML page from text, in a module with no imports (the CLI reads it at start-up). */

/** Skip a BOM, whitespace, comments and an XML declaration at the start of `text`. */
function skipProlog(text: string): string {
  let rest = text.slice(0, 4096).replace(/^\uFEFF/, '');
  for (;;) {
    const trimmed = rest.trimStart();
    if (trimmed.startsWith('<!--')) {
      const end = trimmed.indexOf('-->');
      if (end === -1) return '';
      rest = trimmed.slice(end + 3);
    } else if (trimmed.startsWith('<?xml')) {
      const end = trimmed.indexOf('?>');
      if (end === -1) return '';
      rest = trimmed.slice(end + 2);
    } else {
      return trimmed;
    }
  }
}

/**
 * Does this input look like an HTML document? After a BOM, whitespace, comments or
 * an `<?xml ...?>` declaration, it starts with `<!doctype html`, `<html`, `<head`
 * or `<body`.
 */
export function looksLikeHtml(text: string): boolean {
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(skipProlog(text));
}

/** Does this path name an HTML file (.html, .htm)? */
export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}
