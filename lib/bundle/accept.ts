/**
 * Merges a reviewed proposals file into the registry: new entities are added
 * after the existing ones, new aliases are added to their entity. The registry
 * is handled as the curator's JSON, so that it is written back in the same
 * order and style (two-space indent, existing keys untouched).
 */
import * as v from 'valibot';
import { ProposalsSchema, type Proposals } from './proposal-file';
import { RegistrySchema, type Registry } from './registry';

/** The registry file as JSON: entries keep the keys and order the curator gave them. */
export interface RegistryJson {
  entities: Record<string, unknown>[];
  notEntities: string[];
  [key: string]: unknown;
}

export interface AcceptResult {
  /** The registry JSON with the proposals merged. */
  json: RegistryJson;
  /** The same, validated. */
  registry: Registry;
  addedEntities: string[];
  addedAliases: { id: string; alias: string }[];
  /** Proposals left out, with the reason. */
  skipped: string[];
}

export class ProposalsError extends Error {}

/**
 * Reads a proposals file as a curator left it: lines deleted (a comma may be left before a closing bracket)
 * and fields edited.
 */
export function parseProposals(text: string): Proposals {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/,(\s*[\]}])/gu, '$1'));
  } catch (error) {
    throw new ProposalsError(`not JSON: ${(error as Error).message}`);
  }
  const result = v.safeParse(ProposalsSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ProposalsError(`${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return result.output;
}

const ROLE_WHEN_NONE = {
  person: 'Person named in the articles',
  group: 'Group named in the articles',
  place: 'Place named in the articles',
} as const;

/** The registry JSON with `proposals` merged into it. */
export function acceptProposals(registryJson: RegistryJson, proposals: Proposals): AcceptResult {
  const json: RegistryJson = structuredClone(registryJson);
  const skipped: string[] = [];
  const addedEntities: string[] = [];
  const addedAliases: { id: string; alias: string }[] = [];
  const byId = new Map(json.entities.map((e) => [String(e.id), e]));
  const fold = (s: string) => s.normalize('NFKC').toLowerCase().trim();
  const taken = new Map<string, string>();
  for (const e of json.entities)
    for (const form of [e.name, ...((e.aliases as string[] | undefined) ?? [])])
      taken.set(fold(String(form)), String(e.id));

  for (const alias of proposals.newAliases) {
    const entry = byId.get(alias.id);
    if (!entry) {
      skipped.push(`alias "${alias.alias}": no entity ${alias.id} in the registry`);
      continue;
    }
    const owner = taken.get(fold(alias.alias));
    if (owner !== undefined) {
      if (owner !== alias.id) skipped.push(`alias "${alias.alias}" of ${alias.id}: already a name of ${owner}`);
      continue;
    }
    entry.aliases = [...((entry.aliases as string[] | undefined) ?? []), alias.alias];
    taken.set(fold(alias.alias), alias.id);
    addedAliases.push({ id: alias.id, alias: alias.alias });
  }

  for (const proposal of proposals.newEntities) {
    const clash = [proposal.name, ...proposal.aliases].find((form) => taken.has(fold(form)));
    if (clash !== undefined) {
      skipped.push(`entity "${proposal.name}": "${clash}" is already a name of ${taken.get(fold(clash))}`);
      continue;
    }
    const id = uniqueId(`${proposal.type}/${slug(proposal.name)}`, byId);
    const entry: Record<string, unknown> = {
      id,
      name: proposal.name,
      type: proposal.type,
      role: proposal.role.trim() || ROLE_WHEN_NONE[proposal.type],
      aliases: [...new Set([proposal.name, ...proposal.aliases])],
    };
    if (proposal.shortForms.length > 0) entry.shortForms = [...new Set(proposal.shortForms)];
    json.entities.push(entry);
    byId.set(id, entry);
    for (const form of entry.aliases as string[]) taken.set(fold(form), id);
    addedEntities.push(id);
  }

  const result = v.safeParse(RegistrySchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ProposalsError(`the merged registry is not valid: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return { json, registry: result.output, addedEntities, addedAliases, skipped };
}

/** The registry file's text, in the style it is kept in. */
export function formatRegistry(json: RegistryJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** "Salman Akram Raja" -> "salman-akram-raja"; Latin letters and digits only. */
export function slug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return ascii.length > 0 ? ascii : 'entity';
}

function uniqueId(base: string, taken: ReadonlyMap<string, unknown>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
