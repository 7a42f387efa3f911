import { render } from 'preact';
import '../../components/theme.css';
import '../../components/entity.css';
import '../../components/popup.css';
import { PopupApp } from '../../components/PopupApp';
import { createPopupServices } from '../../lib/extension/popup/popup-services';
import { entityParam } from '../../lib/popup/target-tab';
import { takeCachedIndexRead } from '../../lib/extension/search/cached-index';

// The knowledge base's index is already being read (entrypoints/popup-index-read.ts).
const services = createPopupServices(location, takeCachedIndexRead());
render(<PopupApp services={services} initialEntity={entityParam(location.hash)} />, document.getElementById('app')!);
