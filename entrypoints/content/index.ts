import './style.css';
import { PageSession } from '../../lib/page/session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const session = new PageSession(document, { isOwnUi: (node) => node instanceof Element && node.tagName === 'BACKSTORY-CARD' });
    ctx.onInvalidated(() => session.stop());
    await session.start();
  },
});
