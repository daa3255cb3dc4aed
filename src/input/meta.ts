/**
 * Page metadata: title, byline, date of publication, site name, canonical URL and
 * the language the page declares, read from what publishers put in the <head> for
 * search engines and social networks, in this order of trust:
 * JSON-LD (schema.org NewsArticle) > Open Graph / article meta tags > other meta
 * tags > the markup of the page (<time datetime>, <link rel="canonical">, <html lang>).
 */
import type { Meta } from '../types.js';

// The few DOM members read here, so the project does not need the DOM lib.
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelectorAll(selector: string): Iterable<El> & { length: number };
  documentElement: El | null;
}

/** Metadata of a page before its language is known; `declaredLanguage` is what the page says (BCP 47). */
export type PageMeta = Omit<Meta, 'language'> & {
  declaredLanguage: string | null;
  /** The page's first <h1>, the headline of last resort. */
  firstHeading: string | null;
  /** The page's summaries (og:description, twitter:description, description, JSON-LD), to find its standfirst. */
  descriptions: string[];
};

/** The `meta` of a plain-text document: nothing known but its language. */
export function emptyMeta(language: string): Meta {
  return { title: null, byline: null, published: null, siteName: null, url: null, language };
}

/** Collapse whitespace; empty becomes null. */
function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** A date with an explicit zone that `Date` reads the same everywhere: "Thu, 01 Dec 2016 14:51:00 GMT". */
const ZONED_DATE = /\b(?:GMT|UTC|Z|[+-]\d{4})$/;

/**
 * A date as ISO 8601, or null. ISO forms are kept as written (with their offset;
 * a space before the time becomes "T"); a dated string with an explicit zone
 * ("Thu, 01 Dec 2016 14:51:00 GMT") is converted to UTC; anything else (a bare
 * "Feb. 21, 2019", whose zone is unknown) gives null rather than a guess.
 */
export function toIsoDate(value: unknown): string | null {
  const text = clean(value);
  if (text === null) return null;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, day, time, zone] = iso;
    // "-0800" → "-08:00": the offset in the extended form of the rest.
    const offset = zone ? zone.toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : '';
    const out = time ? `${day}T${time}${offset}` : day!;
    return Number.isNaN(Date.parse(time ? out : `${day}T00:00:00Z`)) ? null : out;
  }
  if (ZONED_DATE.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return null;
}

/** An absolute http(s) URL, or null. */
function toUrl(value: unknown): string | null {
  const text = clean(value);
  if (text === null) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * "By Jane Doe" → "Jane Doe"; a URL (article:author often is one) is no byline; a
 * date run into it is cut ("Lucas Nolan22 Dec 2016", "Jane Doe\n March 11, 2015").
 */
export function cleanByline(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const firstLine = value.trim().split('\n')[0] ?? '';
  const text = clean(firstLine.replace(/\d.*$/s, '').replace(/[\s,|•·–—-]+$/u, ''));
  if (text === null || /^https?:\/\//i.test(text)) return null;
  return clean(text.replace(/^by\s+/i, ''));
}

type Json = Record<string, unknown>;

/** Every object in a JSON-LD value: arrays and `@graph` lists are flattened. */
function jsonLdObjects(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 4 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) jsonLdObjects(v, out, depth + 1);
    return out;
  }
  const obj = value as Json;
  out.push(obj);
  if (Array.isArray(obj['@graph'])) jsonLdObjects(obj['@graph'], out, depth + 1);
  return out;
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Names of people or organisations: "Jane Doe", { name }, or a list of them. */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? cleanByline(v) : v && typeof v === 'object' ? clean((v as Json).name) : null))
    .filter((v): v is string => v !== null);
  return list.length === 0 ? null : [...new Set(list)].join(', ');
}

/** The article object of the page's JSON-LD, if any (NewsArticle, Article, BlogPosting ...). */
function jsonLdArticle(doc: Doc): Json | null {
  let fallback: Json | null = null;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const obj of jsonLdObjects(parsed)) {
      const t = types(obj);
      if (t.some((x) => /Article$|^BlogPosting$|^Report$/.test(x))) return obj;
      if (!fallback && t.some((x) => x === 'WebPage')) fallback = obj;
    }
  }
  return fallback;
}

/** The content of the first meta tag with one of these names or properties. */
function metaContent(doc: Doc, keys: string[]): string | null {
  const wanted = new Set(keys);
  let best: { rank: number; value: string } | null = null;
  for (const el of doc.querySelectorAll('meta')) {
    // Every name a tag gives counts: <meta property="article:published" itemprop="datePublished" content="…">.
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = (el.getAttribute(attribute) ?? '').toLowerCase();
      if (!wanted.has(key)) continue;
      const value = clean(el.getAttribute('content'));
      const rank = keys.indexOf(key);
      if (value !== null && (best === null || rank < best.rank)) best = { rank, value };
    }
  }
  return best?.value ?? null;
}

function firstAttribute(doc: Doc, selector: string, attribute: string): string | null {
  for (const el of doc.querySelectorAll(selector)) {
    const value = clean(el.getAttribute(attribute));
    if (value !== null) return value;
  }
  return null;
}

function firstText(doc: Doc, selector: string): string | null {
  for (const el of doc.querySelectorAll(selector)) {
    const text = clean(el.textContent);
    if (text !== null) return text;
  }
  return null;
}

/**
 * The first date in order of trust, made more precise by a later one that agrees
 * with it: a bare "2019-02-21" by "2019-02-21T08:00:08.000Z", a zoneless
 * "2017-11-03T03:01:00" by "2017-11-03T03:01:00-04:00" (same day, same minute).
 */
export function mostPrecise(dates: (string | null)[]): string | null {
  let best: string | null = null;
  for (const date of dates) {
    if (date === null) continue;
    if (best === null) best = date;
    else if (best.length === 10 && date.length > 10 && date.startsWith(best)) best = date;
    else if (best.length > 10 && !hasZone(best) && hasZone(date) && date.slice(0, 16) === best.slice(0, 16)) best = date;
  }
  return best;
}

function hasZone(date: string): boolean {
  return /(?:Z|[+-]\d{2}:\d{2})$/.test(date);
}

function first<T>(...values: (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined) return v;
  return null;
}

/**
 * Fill what the page's metadata left open with what Readability found in its markup.
 * Readability's byline is the first element that looks like one; when that is a
 * teaser's (`shown.teasers`, src/input/page-byline.ts) the page's own is taken instead.
 */
export function withReadability(meta: PageMeta, found: ReadabilityMeta, shown?: { own: string | null; teasers: Set<string> }): PageMeta {
  const siteName = meta.siteName ?? clean(found.siteName);
  const guess = cleanByline(found.byline);
  const byline = meta.byline ?? (guess !== null && shown?.teasers.has(guess) && guess !== shown.own ? shown.own : guess);
  const title = meta.title ?? headline([clean(found.title), meta.firstHeading], siteName, byline);
  return {
    ...meta,
    title: withoutSuffix(title, siteName, byline),
    byline,
    published: meta.published ?? toIsoDate(found.publishedTime),
    siteName,
  };
}

/** What Readability found, used when the page has no better source. */
export interface ReadabilityMeta {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  publishedTime?: string | null | undefined;
}

/** " | The Site" or " | Jane Doe" after a headline, when the site's or author's name is known. */
function withoutSuffix(title: string | null, ...names: (string | null)[]): string | null {
  if (title === null) return title;
  for (const name of names) {
    if (name === null) continue;
    for (const sep of [' | ', ' - ', ' — ', ' – ', ': ']) {
      if (title.endsWith(`${sep}${name}`)) return title.slice(0, -(sep.length + name.length)).trim() || title;
    }
  }
  return title;
}

/** The headline among candidates: the first that is not just the site's name ("Yahoo News - Latest News"). */
function headline(candidates: (string | null)[], siteName: string | null, byline: string | null): string | null {
  const site = siteName?.toLowerCase();
  for (const c of candidates) {
    const title = withoutSuffix(c, siteName, byline);
    if (title !== null && title.toLowerCase() !== site) return title;
  }
  return null;
}

/**
 * Read the metadata of a parsed page. Call before Readability runs: it removes
 * the scripts (JSON-LD) and rewrites the document.
 */
export function readPageMeta(doc: Doc): PageMeta {
  const ld = jsonLdArticle(doc);
  const publisher = ld?.publisher && typeof ld.publisher === 'object' ? (ld.publisher as Json) : null;
  const siteName = first(
    metaContent(doc, ['og:site_name']),
    clean(publisher?.name),
    metaContent(doc, ['application-name']),
  );
  const firstHeading = firstText(doc, 'h1');
  const byline = first(
    names(ld?.author),
    cleanByline(metaContent(doc, ['article:author', 'author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'])),
  );
  const published = mostPrecise([
    toIsoDate(ld?.datePublished),
    toIsoDate(metaContent(doc, [
      'article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'published_at', 'article.published',
      'dc.date.issued', 'dc.date', 'date', 'sailthru.date', 'parsely-pub-date', 'og:published_time',
    ])),
    // schema.org microdata on any element: <time itemprop="datePublished" content="…">.
    toIsoDate(firstAttribute(doc, '[itemprop="datePublished"][content]', 'content')),
    toIsoDate(firstAttribute(doc, 'time[pubdate][datetime], [itemprop="datePublished"][datetime]', 'datetime')),
    toIsoDate(firstAttribute(doc, 'time[datetime]', 'datetime')),
  ]);
  const mainEntity = ld?.mainEntityOfPage;
  const url = first(
    toUrl(firstAttribute(doc, 'link[rel="canonical"]', 'href')),
    toUrl(metaContent(doc, ['og:url'])),
    toUrl(ld?.url),
    toUrl(typeof mainEntity === 'string' ? mainEntity : (mainEntity as Json | undefined)?.['@id']),
  );
  const declaredLanguage = first(
    clean(doc.documentElement?.getAttribute('lang')),
    clean(doc.documentElement?.getAttribute('xml:lang')),
    clean(typeof ld?.inLanguage === 'string' ? ld.inLanguage : null),
    metaContent(doc, ['og:locale', 'content-language', 'dc.language', 'language']),
    firstAttribute(doc, 'meta[http-equiv="content-language" i]', 'content'),
  );
  const title = headline([clean(ld?.headline), metaContent(doc, ['og:title']), metaContent(doc, ['twitter:title'])], siteName, byline);
  const descriptions = [
    clean(ld?.description),
    ...['og:description', 'twitter:description', 'description'].map((key) => metaContent(doc, [key])),
  ].filter((d): d is string => d !== null);
  return { title, byline, published, siteName, url, declaredLanguage, firstHeading, descriptions };
}
