/**
 * The card's shadow host, and nothing else: creates it (WXT's shadow-root UI,
 * so that the page's styles never reach the card), renders a tree into it, and
 * takes it out of the page. The host is in the page only while a card is shown,
 * and WXT removes it when the content script's context is invalidated.
 */
import { render, type ComponentChild } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../../../components/card.css?inline';
import entityCss from '../../../components/entity.css?inline';

const CARD_HOST_TAG = 'backstory-card';

/** True for the card's host element, whose text the page pass never reads. */
export function isCardHost(node: Node): boolean {
  return node instanceof Element && node.localName === CARD_HOST_TAG;
}

export class CardHost {
  private constructor(private readonly ui: ShadowRootContentScriptUi<HTMLElement>) {}

  static async create(ctx: ContentScriptContext): Promise<CardHost> {
    const ui = await createShadowRootUi(ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      // On <html>, not <body>: a transform on the body would otherwise become the card's containing block.
      anchor: () => document.documentElement,
      append: 'last',
      css: entityCss + cardCss,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    return new CardHost(ui);
  }

  /**
   * Renders `tree` into the host, putting the host into the page first if it is not there.
   * @returns the tree's root element (the card)
   */
  render(tree: ComponentChild): HTMLElement {
    if (!this.ui.mounted) this.ui.mount();
    const container = this.ui.mounted!;
    render(tree, container);
    return container.firstElementChild as HTMLElement;
  }

  /** The card element, while the host is in the page. */
  get card(): HTMLElement | null {
    return (this.ui.mounted?.firstElementChild as HTMLElement | null | undefined) ?? null;
  }

  /** True when `element` (as `elementFromPoint` sees it from the page) is the card's host. */
  isHost(element: Element | null): boolean {
    return element !== null && element === this.ui.shadowHost && this.ui.shadowHost.isConnected;
  }

  /** True when focus is inside the card. */
  hasFocus(): boolean {
    const card = this.card;
    return card !== null && (card === card.ownerDocument.activeElement || card.contains(this.ui.shadow.activeElement));
  }

  /** Takes the host (and the card in it) out of the page. */
  remove(): void {
    if (this.ui.mounted) this.ui.remove();
  }
}
