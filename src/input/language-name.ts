/** Names of languages for messages, in a module with no imports (the CLI's main thread uses it). */

const displayNames = new Intl.DisplayNames('en', { type: 'language' });

/** "fra" → "French"; "und" → "an undetermined language"; an unknown code stays a code. */
export function languageName(code: string): string {
  if (code === 'eng') return 'English';
  if (code === 'und') return 'an undetermined language';
  try {
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
