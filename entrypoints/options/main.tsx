import { render } from 'preact';
import { i18n } from '#i18n';
import { applyUiLocale } from '../../components/ui-locale';
import { OptionsApp } from './OptionsApp';
import '../../components/base.css';
import './options.css';

applyUiLocale();
document.title = i18n.t('options.title');
render(<OptionsApp />, document.getElementById('app')!);
