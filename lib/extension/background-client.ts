/** Typed requests from extension pages and content scripts to the background. */
import { browser } from 'wxt/browser';
import { unwrap, type BackgroundRequest, type BackgroundResponses, type Result } from '../messages';

export async function ask<T extends BackgroundRequest['type']>(
  request: Extract<BackgroundRequest, { type: T }>,
): Promise<BackgroundResponses[T]> {
  const result = await browser.runtime.sendMessage<BackgroundRequest, Result<BackgroundResponses[T]> | undefined>(
    request,
  );
  return unwrap(result, `the request ${request.type}`);
}
