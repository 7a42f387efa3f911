import './style.css';
import { CARD_HOST_TAG, CardController } from '../../components/CardController';
import { PageSession } from '../../lib/page/session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let cards: CardController | null = null;
    const session = new PageSession(document, {
      isOwnUi: (node) => node instanceof Element && node.localName === CARD_HOST_TAG,
      onAnnotator: (annotator) => {
        cards?.reset();
        if (annotator) cards?.warmUpWhenIdle();
      },
      openCard: (mention) => cards?.openFromKeyboard(mention),
    });
    cards = new CardController(ctx, session);
    await cards.start();
    // Everything the session registers hangs on the context's signal: an invalidated context leaves nothing behind.
    await session.start(ctx.signal);
  },
});
