/**
 * The one message protocol of Backstory. Requests to the background get a
 * result object; requests to a tab (content script) get the plain value that
 * the tab's contract names (for example `{ mentions }`).
 */
import type { KbCounts } from './db';
import type { EntityType } from './bundle/schema';
import type { EntityDetail } from './kb/entity-detail';
import type { SerializedMatcher } from './match/serialize';

/** Requests that the background answers. */
export type BackgroundRequest =
  | { type: 'backstory:kb-stats' }
  | { type: 'backstory:matcher' }
  | { type: 'backstory:entity'; id: string }
  | { type: 'backstory:kb-changed' }
  | { type: 'backstory:open-entity'; id: string };

export interface BackgroundResponses {
  'backstory:kb-stats': KbCounts;
  /** The compiled matcher of the current knowledge base, and the content hash it was built from. */
  'backstory:matcher': { contentHash: string; matcher: SerializedMatcher };
  'backstory:entity': EntityDetail | null;
  /** Sent by a page that changed the knowledge base: the background rebuilds the matcher and tells every tab. */
  'backstory:kb-changed': { tabsNotified: number };
  /** Opens the popup's detail view of an entity (in a tab: a content script cannot open the popup). */
  'backstory:open-entity': { opened: true };
}

/** A painted mention, as a tab reports it. */
export interface MentionReport {
  entityId: string;
  name: string;
  type: EntityType;
  /** The page's own text of the mention. */
  text: string;
  /** Why it links, in one line: "Khan: Imran Khan, named in full above". */
  reason: string;
}

/** Requests that a tab's content script answers. */
export type TabRequest =
  | { type: 'backstory:mentions' }
  | { type: 'backstory:reload-kb' }
  | { type: 'backstory:reveal'; entityId: string }
  | { type: 'backstory:step-mention'; direction: 1 | -1 };

export interface TabResponses {
  /** `url`: the page's address. Without the "tabs" permission the tabs API hides it, and the popup needs its origin. */
  'backstory:mentions': { url: string; mentions: MentionReport[] };
  'backstory:reload-kb': { ok: true };
  'backstory:reveal': { found: boolean };
  'backstory:step-mention': { found: boolean };
}

export type ErrorCode = 'bad-request' | 'not-found' | 'internal';
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export class BackstoryError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackstoryError';
  }
}

type RequestOf<R extends { type: string }, T extends R['type']> = Extract<R, { type: T }>;

export type BackgroundHandlers = {
  [T in BackgroundRequest['type']]: (request: RequestOf<BackgroundRequest, T>, sender: { tabId?: number; url?: string }) => Promise<BackgroundResponses[T]>;
};

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string' && (message as { type: string }).type.startsWith('backstory:');
}

/** Runs the handler for `request` and wraps the outcome (or the error) in a result object. */
export async function dispatch(handlers: BackgroundHandlers, request: BackgroundRequest, sender: { tabId?: number; url?: string }): Promise<Result<unknown>> {
  const handler = handlers[request.type] as ((r: BackgroundRequest, s: typeof sender) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: { code: 'bad-request', message: `Unknown request "${request.type}".` } };
  try {
    return { ok: true, value: await handler(request, sender) };
  } catch (error) {
    console.error(`Backstory: ${request.type} failed`, error);
    if (error instanceof BackstoryError) return { ok: false, error: { code: error.code, message: error.message } };
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Unwraps a result; throws a BackstoryError with the background's message when it failed. */
export function unwrap<T>(result: Result<T> | undefined, what: string): T {
  if (!result) throw new BackstoryError('internal', `Backstory's background did not answer ${what}.`);
  if (!result.ok) throw new BackstoryError(result.error.code, result.error.message);
  return result.value;
}
