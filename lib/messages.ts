/**
 * The one message protocol of Backstory. Requests to the background get a
 * result object; requests to a tab (content script) get the plain value that
 * the tab's contract names (for example `{ mentions }`). Messages come from
 * other contexts, so each side checks a request against its schema before
 * acting on it.
 */
import * as v from 'valibot';
import type { KbCounts } from './extension/db';
import type { EntityType } from './bundle/schema';
import type { EntityDetail } from './extension/kb/entity-detail';
import type { SerializedMatcher } from './match/serialize';

const entityId = v.pipe(v.string(), v.maxLength(1000));

/** Requests that the background answers, as checked when they arrive. */
const BackgroundRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('backstory:kb-stats') }),
  v.strictObject({ type: v.literal('backstory:matcher') }),
  v.strictObject({ type: v.literal('backstory:entity'), id: entityId }),
  v.strictObject({ type: v.literal('backstory:kb-changed') }),
  v.strictObject({ type: v.literal('backstory:open-entity'), id: entityId }),
]);

/** Requests that the background answers. */
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

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

/** Requests that a tab's content script answers, as checked when they arrive. */
export const TabRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('backstory:mentions') }),
  v.strictObject({ type: v.literal('backstory:reload-kb') }),
  v.strictObject({ type: v.literal('backstory:reveal'), entityId }),
  v.strictObject({ type: v.literal('backstory:step-mention'), direction: v.picklist([1, -1]) }),
]);

/** Requests that a tab's content script answers. */
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

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
  [T in BackgroundRequest['type']]: (
    request: RequestOf<BackgroundRequest, T>,
    sender: { tabId?: number; url?: string },
  ) => Promise<BackgroundResponses[T]>;
};

export type TabHandlers = {
  [T in TabRequest['type']]: (request: RequestOf<TabRequest, T>) => Promise<TabResponses[T]>;
};

/** True for any Backstory message (its type starts with `backstory:`), well-formed or not: which side answers it is decided by its type. */
export function isBackgroundRequest(message: unknown): message is { type: string } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('backstory:')
  );
}

/** The type of a Backstory message, or null for anything else. */
export function messageType(message: unknown): string | null {
  return isBackgroundRequest(message) ? message.type : null;
}

export type Checked<T> = { ok: true; request: T } | { ok: false; reason: string };

/**
 * Checks a message from another context against `schema`.
 * @returns the request, or why it was refused ("id: Invalid type: Expected string but received 7")
 */
export function checkRequest<S extends v.GenericSchema>(schema: S, message: unknown): Checked<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, message);
  if (parsed.success) return { ok: true, request: parsed.output };
  const reason = parsed.issues
    .map((issue) => (issue.path?.length ? `${v.getDotPath(issue) ?? '?'}: ${issue.message}` : issue.message))
    .join('; ');
  return {
    ok: false,
    reason: `Malformed request ${JSON.stringify(messageType(message) ?? String(message))}: ${reason}`,
  };
}

/**
 * Checks a request from another context, runs its handler, and wraps the
 * outcome (or the error, or why the request was refused) in a result object.
 */
export async function dispatch(
  handlers: BackgroundHandlers,
  message: unknown,
  sender: { tabId?: number; url?: string },
): Promise<Result<unknown>> {
  const type = messageType(message);
  const handler =
    type !== null && Object.hasOwn(handlers, type)
      ? (handlers[type as BackgroundRequest['type']] as (r: BackgroundRequest, s: typeof sender) => Promise<unknown>)
      : undefined;
  if (!handler)
    return { ok: false, error: { code: 'bad-request', message: `Unknown request "${type ?? String(message)}".` } };
  const checked = checkRequest(BackgroundRequestSchema, message);
  if (!checked.ok) {
    console.warn(`Backstory: ${checked.reason}`);
    return { ok: false, error: { code: 'bad-request', message: checked.reason } };
  }
  const request = checked.request;
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
