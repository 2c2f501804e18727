import { render } from 'preact';
import { applyUiLocale } from '../../components/ui-locale';
import { PopupApp } from './PopupApp';
import '../../components/base.css';
import './popup.css';

applyUiLocale();
render(<PopupApp />, document.getElementById('app')!);
