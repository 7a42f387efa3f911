/** The content script's side of the message protocol: one runtime listener that checks and dispatches by request type. */
import {
  BackstoryError,
  checkRequest,
  messageType,
  TabRequestSchema,
  type TabHandlers,
  type TabRequest,
} from '../messages';
import { addMessageListener } from './runtime-messages';

/**
 * Checks `message` and runs its handler.
 * @returns the handler's answer; undefined for a message that is not a request to a tab (left to other listeners);
 *   a rejection with the reason for a malformed one, which the sender sees as the error of its `sendMessage`
 */
export function answerTabRequest(handlers: TabHandlers, message: unknown): Promise<unknown> | undefined {
  const type = messageType(message);
  if (type === null || !Object.hasOwn(handlers, type)) return undefined;
  const checked = checkRequest(TabRequestSchema, message);
  if (!checked.ok) {
    console.warn(`Backstory: ${checked.reason}`);
    return Promise.reject(new BackstoryError('bad-request', checked.reason));
  }
  const handler = handlers[checked.request.type] as (request: TabRequest) => Promise<unknown>;
  return handler(checked.request);
}

/**
 * Registers the content script's one `runtime.onMessage` listener.
 * @param signal - removes the listener when aborted (the page's session ended)
 * @returns a function that removes the listener
 */
export function handleTabMessages(handlers: TabHandlers, signal?: AbortSignal): () => void {
  if (signal?.aborted) return () => undefined;
  const remove = addMessageListener((message) => answerTabRequest(handlers, message));
  signal?.addEventListener('abort', remove, { once: true });
  return remove;
}
