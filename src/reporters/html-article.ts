/**
 * The article part of the html report: the input text with every mark as an
 * element carrying a hover title. Notes (a number's reading, a quote's speaker
 * badge) are empty elements drawn by CSS from a data attribute, so the
 * article's DOM text is exactly the input text and copying it gives the input.
 */
import type { Entity, Extraction, NumberMention, Quote } from '../types.js';
import { describeNumber, isMark, type Mark, type MarkNode, markupTree, type Node, speakerName } from './markup.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** An attribute value: escaped, with line breaks kept as character references (multi-line titles). */
export function attr(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '&#10;');
}

const KIND_LABEL = { person: 'Person', organization: 'Organisation', place: 'Place' } as const;

const BOUND_LABEL: Record<NumberMention['bound'], string> = {
  exact: 'exact',
  approx: 'approximate',
  upper: 'upper bound',
  lower: 'lower bound',
  range: 'range',
};

function entityTitle(kind: keyof typeof KIND_LABEL, entity: Entity, mention: number): string {
  const lines = [`${KIND_LABEL[kind]}: ${entity.name} (${entity.id})`];
  if (entity.roles?.length) lines.push(`Role: ${entity.roles.join('; ')}`);
  lines.push(`Mention ${mention + 1} of ${entity.mentions.length}`);
  return lines.join('\n');
}

/** Hover title of a number: value, kind, bound, unit, subject, hedge. */
export function numberTitle(n: NumberMention): string {
  const lines = [`Number: ${describeNumber(n)} (${n.kind}, ${BOUND_LABEL[n.bound]})`];
  if (n.subject) lines.push(`Of: ${n.subject}`);
  if (n.qualifier) lines.push(`Hedge: ${n.qualifier}`);
  return lines.join('\n');
}

/** Hover title of a quote: kind, speaker (with the words naming them) and cue. */
export function quoteTitle(q: Quote, index: number): string {
  const lines = [`Quote ${index + 1} (${q.kind})`];
  if (q.speaker) {
    const id = q.speaker.entity ? ` (${q.speaker.entity})` : '';
    const said = q.speaker.mention && q.speaker.mention.text !== q.speaker.name ? `, written “${q.speaker.mention.text}”` : '';
    lines.push(`Speaker: ${q.speaker.name}${id}${said}`);
  } else lines.push('Speaker: not found');
  if (q.cue) lines.push(`Cue: ${q.cue.text}`);
  return lines.join('\n');
}

/** The opening tag of a mark node and the note element after its closing tag. */
function tags(node: MarkNode, prefix: string): { open: string; close: string } {
  const mark: Mark = node.mark;
  const id = (suffix: string) => (node.first ? ` id="${attr(`${prefix}-${suffix}`)}"` : '');
  switch (mark.kind) {
    case 'person':
    case 'organization':
    case 'place': {
      const title = attr(entityTitle(mark.kind, mark.entity, mark.mention));
      const data = `data-kind="${mark.kind}" data-entity="${attr(mark.entity.id)}" data-mention="${mark.mention}"`;
      return { open: `<mark class="ent ${mark.kind}"${id(`${mark.entity.id}-${mark.mention}`)} ${data} title="${title}">`, close: '</mark>' };
    }
    case 'number': {
      const note = node.last ? `<span class="note" data-note="${attr(describeNumber(mark.number))}"></span>` : '';
      const open = `<mark class="num"${id(`n${mark.index}`)} data-kind="number" data-number="${mark.index}" title="${attr(numberTitle(mark.number))}">`;
      return { open, close: `</mark>${note}` };
    }
    case 'quote': {
      const who = speakerName(mark.quote);
      const unknown = mark.quote.speaker ? '' : ' unknown';
      const badge = node.last ? `<span class="badge${unknown}" data-speaker="${attr(who)}"></span>` : '';
      const title = attr(quoteTitle(mark.quote, mark.index));
      const open = `<span class="quote ${mark.quote.kind}${unknown}"${id(`q${mark.index}`)} data-kind="quote" data-quote="${mark.index}" title="${title}">`;
      return { open, close: `</span>${badge}` };
    }
    case 'speaker': {
      const title = attr(`Speaker of quote ${mark.index + 1}: ${speakerName(mark.quote)}`);
      return { open: `<span class="said" data-kind="speaker" data-quote="${mark.index}" title="${title}">`, close: '</span>' };
    }
  }
}

function renderNodes(nodes: Node[], prefix: string, out: string[]): void {
  for (const node of nodes) {
    if (!isMark(node)) {
      out.push(escapeHtml(node.text));
      continue;
    }
    const { open, close } = tags(node, prefix);
    out.push(open);
    renderNodes(node.children, prefix, out);
    out.push(close);
  }
}

/** The article text with its marks, as HTML; `prefix` keeps ids unique in a batch. */
export function renderArticle(e: Extraction, text: string, prefix: string): string {
  const out: string[] = [];
  renderNodes(markupTree(e, text), prefix, out);
  return `<div class="text">${out.join('')}</div>`;
}
