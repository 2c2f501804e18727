import { render } from 'preact';
import { applyUiLocale } from '../../components/ui-locale';
import { PopupApp } from './PopupApp';
import './popup.css';

applyUiLocale();
render(<PopupApp />, document.getElementById('app')!);
