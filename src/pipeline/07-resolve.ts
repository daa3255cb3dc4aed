/**
 * Stage 7: small passes over records: cluster mentions into entities (one entity
 * per referent), give them ids and canonical names, sort.
 */
import type { Entity, Span } from '../types.js';
import type { EntityMention, EntityType } from './03-entities.js';
import type { DocContext } from './context.js';

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Mentions in normalised offsets, in text order. */
  mentions: EntityMention[];
  /** The same mentions as output spans (original offsets). */
  spans: Span[];
  roles: string[];
}

const ID_PREFIX: Record<EntityType, string> = { person: 'p', organization: 'o', place: 'l' };

/** Cluster mentions into entities: "Blinken" joins "Antony Blinken". */
export function clusterEntities(ctx: DocContext, mentions: EntityMention[]): ResolvedEntity[] {
  const clusters: { type: EntityType; mentions: EntityMention[] }[] = [];
  const byKey = new Map<string, (typeof clusters)[number]>();
  // Longest first, so that a short form finds the full name it belongs to.
  const ordered = [...mentions].sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  for (const m of ordered) {
    const key = `${m.type}:${m.text.toLowerCase()}`;
    let cluster = byKey.get(key) ?? (m.type === 'person' ? findByLastName(clusters, m) : undefined);
    if (!cluster) {
      cluster = { type: m.type, mentions: [] };
      clusters.push(cluster);
    }
    cluster.mentions.push(m);
    byKey.set(key, cluster);
  }
  const counters: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  return clusters
    .map((c) => ({ ...c, mentions: c.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((c) => ({
      id: `${ID_PREFIX[c.type]}${++counters[c.type]}`,
      type: c.type,
      name: canonicalName(c.mentions),
      mentions: c.mentions,
      spans: c.mentions.map((m) => ctx.span(m.start, m.end)),
      roles: [...new Set(c.mentions.flatMap((m) => (m.role ? [m.role] : [])))],
    }));
}

function findByLastName(
  clusters: { type: EntityType; mentions: EntityMention[] }[],
  m: EntityMention,
): { type: EntityType; mentions: EntityMention[] } | undefined {
  const words = m.text.split(' ');
  if (words.length !== 1) return undefined;
  const word = words[0]!.toLowerCase();
  return clusters.find(
    (c) => c.type === 'person' && c.mentions.some((o) => o.text.toLowerCase().split(' ').slice(1).includes(word)),
  );
}

function canonicalName(mentions: EntityMention[]): string {
  let best = mentions[0]!.text;
  for (const m of mentions) if (m.text.length > best.length) best = m.text;
  return best;
}

/** The public form of an entity. */
export function toEntity(e: ResolvedEntity): Entity {
  const entity: Entity = { id: e.id, name: e.name, mentions: e.spans };
  if (e.roles.length > 0) entity.roles = e.roles;
  return entity;
}
