/**
 * The proposals file that the builder writes for a curator to review
 * (`--propose FILE`) and reads back when the curator accepts it (`--accept FILE`).
 */
import * as v from 'valibot';

export const PROPOSALS_FORMAT = 'backstory.proposals';
export const PROPOSALS_VERSION = 1;

const text = v.pipe(v.string(), v.trim(), v.nonEmpty());

const ExampleSchema = v.object({ articleId: v.string(), sentence: v.string() });

const NewEntitySchema = v.object({
  name: text,
  type: v.picklist(['person', 'group', 'place']),
  aliases: v.optional(v.array(text), []),
  shortForms: v.optional(v.array(text), []),
  role: v.optional(v.string(), ''),
  mentions: v.optional(v.number(), 0),
  examples: v.optional(v.array(ExampleSchema), []),
});

const NewAliasSchema = v.object({
  id: text,
  alias: text,
  mentions: v.optional(v.number(), 0),
  confidence: v.optional(v.number()),
  reason: v.optional(v.string()),
  examples: v.optional(v.array(ExampleSchema), []),
});

export const ProposalsSchema = v.object({
  format: v.literal(PROPOSALS_FORMAT),
  version: v.literal(PROPOSALS_VERSION),
  newEntities: v.array(NewEntitySchema),
  newAliases: v.array(NewAliasSchema),
});

export type NewEntityProposal = v.InferOutput<typeof NewEntitySchema>;
export type NewAliasProposal = v.InferOutput<typeof NewAliasSchema>;
export type Proposals = v.InferOutput<typeof ProposalsSchema>;

/** The file's text: one proposal per line, so that a curator deletes a line to refuse a proposal. */
export function formatProposals(proposals: Proposals): string {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  const list = (items: readonly unknown[]) => (items.length === 0 ? '[]' : `[\n${lines(items)}\n  ]`);
  return `{ "format": "${PROPOSALS_FORMAT}", "version": ${PROPOSALS_VERSION},\n  "newEntities": ${list(proposals.newEntities)},\n  "newAliases": ${list(proposals.newAliases)}\n}\n`;
}
