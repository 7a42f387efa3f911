/** Every status and error message the popup shows, in one place. */
import type { EntityType } from '../bundle/schema';

export const TYPE_PLURALS: Record<EntityType, string> = { person: 'People', group: 'Groups', place: 'Places' };

export const POPUP_TEXT = {
  searchLabel: 'Search the knowledge base',
  searchPlaceholder: 'Search people, groups, places…',
  indexLoading: 'Preparing the search…',
  indexFailed: (reason: string) => `The search could not read the knowledge base: ${reason}`,
  kbEmpty: 'The knowledge base is empty. Import a bundle in the options to search it.',
  results: (n: number, more: boolean) =>
    n === 0 ? 'No results' : `${more ? 'Top ' : ''}${n} result${n === 1 ? '' : 's'}`,
  noResults: (query: string) => `Nothing in the knowledge base matches “${query}”.`,
  noResultsHint: 'Check the spelling, try another spelling of the name, or search a role (“prime minister”).',
  noResultsOfType: (query: string, plural: string) => `No ${plural.toLowerCase()} match “${query}”.`,
  pageLoading: 'Looking at this page…',
  pageNone: 'No web page is open.',
  pageUnreadable: 'Backstory reads web pages only, not browser or extension pages.',
  pageUnknown:
    'Backstory cannot read this page: it reads web pages only, once loaded (reload a page that was open before Backstory was installed).',
  pageUnreachable: 'Backstory has not read this page yet. Reload it to mark its names.',
  pageEmpty: 'No one from the knowledge base is named on this page.',
  pagePaused: (host: string) => `Paused on ${host}: names are not marked.`,
  pageOff: 'Backstory is off: names are not marked on any site.',
  revealMissing: (name: string) => `${name} is no longer on the page.`,
  entityLoading: 'Looking it up…',
  entityMissing: 'This entity is not in the knowledge base (it may have been replaced by an import).',
  entityFailed: (reason: string) => `Could not read this entity: ${reason}`,
  settingsFailed: (reason: string) => `The setting was not saved: ${reason}`,
} as const;

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
