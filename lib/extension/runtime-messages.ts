/** `runtime.onMessage` as the webextension polyfill runs it: a listener answers by returning a Promise. */
import { browser, type Browser } from 'wxt/browser';

/**
 * A listener that answers a message with the Promise of its reply, or returns undefined to leave the message to
 * other listeners. A rejection reaches the sender as the error of its `sendMessage`.
 */
export type MessageListener = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * `wxt/browser` types `runtime.onMessage` with Chrome's callback signature (a listener returns nothing and answers
 * through `sendResponse`), but the webextension polyfill that WXT installs (wxt.config.ts) sends the Promise a
 * listener returns as the reply, in Chromium too. This is the event as the polyfill runs it.
 */
const onMessage: Browser.events.Event<MessageListener> = browser.runtime.onMessage;

/**
 * Adds `listener` to `runtime.onMessage`.
 * @returns a function that removes it
 */
export function addMessageListener(listener: MessageListener): () => void {
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
