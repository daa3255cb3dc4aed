/**
 * The side panels of the html report: people, organisations, places, numbers
 * and who-said-what. Every item links to its first mark in the article
 * (no script: plain anchors, and CSS :target shows where it landed).
 */
import type { Claim, Entity, Extraction, Quote, Speaker } from '../types.js';
import { attr, escapeHtml, numberTitle, quoteTitle } from './html-article.js';
import { describeNumber, type EntityKind, otherSpellings } from './markup.js';

function panel(title: string, count: number, body: string): string {
  const content = count === 0 ? '<p class="none">none found</p>' : body;
  return `<section class="panel"><h3>${escapeHtml(title)} <span class="n">${count}</span></h3>${content}</section>`;
}

function entityItem(kind: EntityKind, entity: Entity, prefix: string): string {
  const also = otherSpellings(entity);
  const parts = [
    `<a class="chip ${kind}" href="#${attr(`${prefix}-${entity.id}-0`)}">${escapeHtml(entity.name)}</a>`,
    `<span class="meta">×${entity.mentions.length}</span>`,
  ];
  if (entity.roles?.length) parts.push(`<span class="roles">${escapeHtml(entity.roles.join('; '))}</span>`);
  if (also.length > 0) parts.push(`<span class="aka">also ${also.map((t) => `“${escapeHtml(t)}”`).join(', ')}</span>`);
  return `<li>${parts.join(' ')}</li>`;
}

function entityPanel(title: string, kind: EntityKind, entities: Entity[], prefix: string): string {
  return panel(title, entities.length, `<ul>${entities.map((e) => entityItem(kind, e, prefix)).join('')}</ul>`);
}

function numbersPanel(e: Extraction, prefix: string): string {
  const rows = e.numbers.map((n, i) => {
    const cells = [
      `<a href="#${attr(`${prefix}-n${i}`)}" title="${attr(numberTitle(n))}">${escapeHtml(n.text)}</a>`,
      escapeHtml(describeNumber(n)),
      escapeHtml(n.kind),
      escapeHtml(n.qualifier ?? ''),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  const head = '<tr><th>as written</th><th>reading</th><th>kind</th><th>hedge</th></tr>';
  return panel('Numbers', e.numbers.length, `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`);
}

/** The kind of entity each id names, to colour speaker chips. */
function kindsById(e: Extraction): Map<string, EntityKind> {
  const kinds = new Map<string, EntityKind>();
  for (const p of e.people) kinds.set(p.id, 'person');
  for (const o of e.organizations) kinds.set(o.id, 'organization');
  for (const l of e.places) kinds.set(l.id, 'place');
  return kinds;
}

interface SpeakerGroup {
  speaker: Speaker | null;
  items: string[];
}

function speakerKey(s: Speaker | null): string {
  if (!s) return '?';
  return s.entity ? `#${s.entity}` : `=${s.name}`;
}

function quoteItem(q: Quote, i: number, prefix: string): string {
  const meta = [q.kind, q.cue?.text].filter(Boolean).join(' · ');
  const link = `<a class="said-text" href="#${attr(`${prefix}-q${i}`)}" title="${attr(quoteTitle(q, i))}">${escapeHtml(q.text)}</a>`;
  return `<li>${link} <span class="meta">${escapeHtml(meta)}</span></li>`;
}

function claimItem(c: Claim): string {
  const meta = [c.kind, c.cue?.text].filter(Boolean).join(' · ');
  return `<li class="claim"><span class="said-text">${escapeHtml(c.content.text)}</span> <span class="meta">${escapeHtml(meta)}</span></li>`;
}

/** Quotes, and claims that are not already a quote, grouped by speaker (unknown speakers last). */
function whoSaidWhat(e: Extraction, prefix: string): string {
  const groups = new Map<string, SpeakerGroup>();
  const add = (speaker: Speaker | null, item: string) => {
    const key = speakerKey(speaker);
    const group = groups.get(key) ?? { speaker, items: [] };
    group.items.push(item);
    groups.set(key, group);
  };
  e.quotes.forEach((q, i) => add(q.speaker, quoteItem(q, i, prefix)));
  const quoted = new Set(e.quotes.map((q) => `${q.start}:${q.end}`));
  for (const c of e.claims) if (!quoted.has(`${c.content.start}:${c.content.end}`)) add(c.speaker, claimItem(c));
  const kinds = kindsById(e);
  const ordered = [...groups.values()].sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null));
  const body = ordered.map(({ speaker, items }) => {
    const kind = speaker?.entity ? (kinds.get(speaker.entity) ?? 'other') : 'other';
    const name = speaker ? escapeHtml(speaker.name) : 'speaker not found';
    return `<div class="speaker"><h4><span class="chip ${kind}">${name}</span></h4><ul>${items.join('')}</ul></div>`;
  });
  const count = ordered.reduce((sum, group) => sum + group.items.length, 0);
  return panel('Who said what', count, body.join(''));
}

/** All the side panels of one article. */
export function renderPanels(e: Extraction, prefix: string): string {
  return [
    '<aside class="panels">',
    entityPanel('People', 'person', e.people, prefix),
    entityPanel('Organisations', 'organization', e.organizations, prefix),
    entityPanel('Places', 'place', e.places, prefix),
    numbersPanel(e, prefix),
    whoSaidWhat(e, prefix),
    '</aside>',
  ].join('\n');
}
