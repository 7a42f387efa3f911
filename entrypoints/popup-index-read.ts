import { startCachedIndexRead } from '../lib/extension/search/cached-index';

// A classic script that popup.html runs while it is parsed: the cached search index, the popup's one
// slow read, starts before the popup's modules (Preact, Fuse.js, the views) are loaded and compiled.
export default defineUnlistedScript(() => startCachedIndexRead());
