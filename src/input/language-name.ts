/** Names of languages for messages, in a module with no imports (the CLI's main thread uses it). */

// Built on first use: constructing it loads ICU data (30-50 ms), which an English run never needs.
let displayNames: Intl.DisplayNames | undefined;

/** "fra" → "French"; "und" → "an undetermined language"; an unknown code stays a code. */
export function languageName(code: string): string {
  if (code === 'eng') return 'English';
  if (code === 'und') return 'an undetermined language';
  try {
    displayNames ??= new Intl.DisplayNames('en', { type: 'language' });
    const name = displayNames.of(code);
    return name && name !== code && name !== 'root' ? name : code;
  } catch {
    return code;
  }
}

/** Is a result's `meta.language` one that was read (English, or too little text to tell)? */
export function isReadLanguage(code: string): boolean {
  return code === 'eng' || code === 'und';
}

/** The one-line notice for text that is not read: "text is in French (fra); only English is read". */
export function languageNotice(code: string): string {
  return `text is in ${languageName(code)} (${code}); only English is read`;
}
