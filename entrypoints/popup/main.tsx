import { render } from 'preact';
import '../../components/popup.css';
import { PopupApp } from '../../components/PopupApp';
import { createPopupServices } from '../../lib/popup/popup-services';
import { entityParam } from '../../lib/popup/target-tab';

// The knowledge base starts loading before the first render.
const services = createPopupServices(location);
render(<PopupApp services={services} initialEntity={entityParam(location.hash)} />, document.getElementById('app')!);
