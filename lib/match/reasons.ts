/**
 * The one short line that says why a mention links, for the card and for the
 * tab's mention report: "Khan: Imran Khan, named in full above".
 */
import { LinkKind } from './linker';

/**
 * Why the mention written `text` links to `name`.
 * @param context - names of entities on the page that gave a generic name or an acronym its context
 */
export function reasonLine(kind: LinkKind, text: string, name: string, context: readonly string[]): string {
  switch (kind) {
    case LinkKind.Name:
      return text === name ? `${name}: named in full` : `${text}: a name of ${name}`;
    case LinkKind.ShortForm:
      return `${text}: ${name}, named in full above`;
    case LinkKind.AcronymDefined:
      return `${text}: defined on this page as ${name}`;
    case LinkKind.AcronymNamed:
      return `${text}: ${name} is named in full on this page`;
    case LinkKind.AcronymContext:
    case LinkKind.Context:
      return context.length > 0
        ? `${text}: read as ${name}, as the page also names ${joinNames(context)}`
        : `${text}: read as ${name}, as the page is about its region`;
    case LinkKind.Variant:
      return `${text}: another spelling of ${name}`;
    case LinkKind.Credit:
      return `${text}: ${name}, credited as a source`;
  }
}

/** True when the card shows the line: every link that is not the entity's full name written out. */
export function showsReason(kind: LinkKind): boolean {
  return kind !== LinkKind.Name;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
