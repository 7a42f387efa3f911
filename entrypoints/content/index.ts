import './style.css';
import { isCardHost } from '../../lib/dom/card/card-host';
import { PageSession } from './page-session';
import { HoverCards } from './hover-cards';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let cards: HoverCards | null = null;
    const session = new PageSession(document, {
      isOwnUi: isCardHost,
      onAnnotator: (annotator) => {
        cards?.reset();
        if (annotator) cards?.warmUpWhenIdle();
      },
      openCard: (mention) => cards?.openFromKeyboard(mention),
    });
    cards = new HoverCards(ctx, session);
    await cards.start();
    // Everything the session registers hangs on the context's signal: an invalidated context leaves nothing behind.
    await session.start(ctx.signal);
  },
});
