import { render } from 'preact';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { applyUiLocale } from '../../components/ui-locale';
import './fonts';
import '../../components/base.css';
import './reader.css';

applyUiLocale();
render(<ReaderApp />, document.getElementById('app')!);
