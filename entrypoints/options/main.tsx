import '../../components/theme.css';
import '../../components/options.css';
import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
