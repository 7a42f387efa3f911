/** Typed requests from the background and extension pages to a tab's content script. */
import { browser } from 'wxt/browser';
import type { TabRequest, TabResponses } from '../messages';

/**
 * Asks the content script of tab `tabId`; rejects when the tab has none, or when it refused the request.
 * @param tabId - the tab, as `browser.tabs` names it
 */
export async function askTab<T extends TabRequest['type']>(
  tabId: number,
  request: Extract<TabRequest, { type: T }>,
): Promise<TabResponses[T]> {
  return await browser.tabs.sendMessage<TabRequest, TabResponses[T]>(tabId, request);
}
