/**
 * The knowledge-base bundle: the one file format that the builder writes,
 * the importer reads and the extension ships. Declared once here; every
 * TypeScript type for bundles is inferred from these schemas.
 */
import * as v from 'valibot';

export const BUNDLE_FORMAT = 'backstory.bundle';
export const BUNDLE_VERSION = 1;

export const ENTITY_TYPES = ['person', 'group', 'place'] as const;

const nonEmpty = (what: string) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty(`${what} must not be empty`),
    v.maxLength(2000, `${what} is longer than 2,000 characters`),
  );

export const EntityIdSchema = v.pipe(
  v.string(),
  v.regex(/^(person|group|place)\/[a-z0-9][a-z0-9-]*$/, 'an entity id looks like "person/imran-khan"'),
  v.brand('EntityId'),
);
const ArticleIdSchema = v.pipe(
  v.string(),
  v.regex(/^a-[0-9a-f]{8,64}$/, 'an article id looks like "a-" followed by hex digits'),
  v.brand('ArticleId'),
);
/** @public The branded ids: an article id can never be passed where an entity id is expected. */
export type EntityId = v.InferOutput<typeof EntityIdSchema>;
/** @public */
export type ArticleId = v.InferOutput<typeof ArticleIdSchema>;

const IsoDateSchema = v.pipe(v.string(), v.isoDate('a date is written YYYY-MM-DD'));

export const ArticleSchema = v.strictObject({
  id: ArticleIdSchema,
  headline: nonEmpty('headline'),
  source: v.nullable(nonEmpty('source')),
  publishedAt: v.nullable(IsoDateSchema),
  sentenceCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A sentence that mentions the entity; `start`/`end` locate the mention inside `sentence` (UTF-16 offsets). */
const EvidenceSchema = v.pipe(
  v.strictObject({
    articleId: ArticleIdSchema,
    sentence: nonEmpty('evidence sentence'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  v.check((e) => e.start < e.end && e.end <= e.sentence.length, 'the mention offsets lie outside the sentence'),
);

const RelatedSchema = v.strictObject({
  entityId: EntityIdSchema,
  weight: v.pipe(v.number(), v.minValue(0)),
});

export const EntitySchema = v.pipe(
  v.strictObject({
    id: EntityIdSchema,
    name: nonEmpty('name'),
    type: v.picklist(ENTITY_TYPES, 'type must be "person", "group" or "place"'),
    role: nonEmpty('role'),
    nativeName: v.nullable(nonEmpty('native name')),
    /** Every written form that links on its own, the canonical name included. */
    aliases: v.pipe(v.array(nonEmpty('alias')), v.minLength(1, 'an entity needs at least one alias')),
    /** Forms that link only after a full mention of the entity earlier on the same page. */
    shortForms: v.array(nonEmpty('short form')),
    /** Names that mean different things in different countries: link only on pages about this region. */
    contextual: v.boolean(),
    region: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2,8}$/, 'a region is an upper-case code such as "PK"'))),
    mentionCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    firstSeen: v.nullable(IsoDateSchema),
    lastSeen: v.nullable(IsoDateSchema),
    evidence: v.array(EvidenceSchema),
    related: v.array(RelatedSchema),
  }),
  v.check((e) => e.id.startsWith(`${e.type}/`), 'the id prefix does not match the entity type'),
  v.check((e) => !e.contextual || e.region !== null, 'a contextual entity needs a region'),
);

export const BundleSchema = v.strictObject({
  format: v.literal(BUNDLE_FORMAT, `format must be "${BUNDLE_FORMAT}"`),
  version: v.literal(BUNDLE_VERSION, `version must be ${BUNDLE_VERSION}`),
  name: nonEmpty('bundle name'),
  createdAt: v.pipe(v.string(), v.isoTimestamp('createdAt is an ISO timestamp')),
  /** "sha256:" + hex digest of the canonical JSON of `{ articles, entities }`. */
  contentHash: v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/, 'contentHash is "sha256:" and 64 hex digits')),
  articles: v.array(ArticleSchema),
  entities: v.array(EntitySchema),
});

export type EntityType = (typeof ENTITY_TYPES)[number];
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Related = v.InferOutput<typeof RelatedSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Bundle = v.InferOutput<typeof BundleSchema>;
