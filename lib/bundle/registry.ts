/**
 * The curated registry: the hand-kept list of entities that the builder looks
 * for in articles. It holds identity (names, aliases, role); the builder adds
 * everything measured from the articles (mentions, evidence, relations).
 */
import * as v from 'valibot';
import { ENTITY_TYPES, EntityIdSchema } from './schema';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty());

const RegistryEntrySchema = v.pipe(
  v.strictObject({
    id: EntityIdSchema,
    name: text,
    type: v.picklist(ENTITY_TYPES),
    role: text,
    nativeName: v.optional(text),
    /** Forms that link on their own. The canonical name is always one, even if not repeated here. */
    aliases: v.array(text),
    /** Forms that link only after a full mention of the entity earlier on the page (surnames, first names). */
    shortForms: v.optional(v.array(text), []),
    /** Generic names (Senate, Supreme Court…) that link only on pages about `region`. */
    contextual: v.optional(v.boolean(), false),
    /** Upper-case region code, such as "PK" for Pakistan. */
    region: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2,8}$/))),
  }),
  v.check((e) => e.id.startsWith(`${e.type}/`), 'the id prefix does not match the entity type'),
  v.check((e) => !e.contextual || e.region !== undefined, 'a contextual entity needs a region'),
);

export const RegistrySchema = v.strictObject({
  entities: v.array(RegistryEntrySchema),
  /** Capitalised words and phrases of the articles that name no person, group or place (months, demonyms, events). */
  notEntities: v.array(text),
});

export type Registry = v.InferOutput<typeof RegistrySchema>;
