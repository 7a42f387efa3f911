/** The background's side of the message protocol: one runtime listener that dispatches by request type. */
import { dispatch, isBackgroundRequest, type BackgroundHandlers } from '../messages';
import { addMessageListener } from './runtime-messages';

/**
 * Registers the one `runtime.onMessage` listener of the background.
 * The listener returns the reply as a Promise: the webextension polyfill turns
 * that into `sendResponse` in Chromium, where MV3 has no Promise replies of its own.
 * Messages that are not Backstory requests to the background are left to other listeners.
 * @returns a function that removes the listener
 */
export function handleMessages(handlers: BackgroundHandlers): () => void {
  return addMessageListener((message, sender) => {
    if (!isBackgroundRequest(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    return dispatch(handlers, message, { tabId: sender.tab?.id, url: sender.url });
  });
}
