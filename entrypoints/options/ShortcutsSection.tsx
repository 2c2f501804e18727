import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { Section, Status } from './controls';

type Command = Browser.commands.Command;

/**
 * Where this browser lets people change extension shortcuts. Extensions cannot open these
 * pages (nor link to them), so the address is shown to copy into a new tab.
 */
function shortcutsPage(): { address: string; how: string } {
  if (import.meta.env.FIREFOX) return { address: 'about:addons', how: i18n.t('options.shortcuts.changeFirefox') };
  const isEdge = /\bEdg\//.test(navigator.userAgent);
  return { address: `${isEdge ? 'edge' : 'chrome'}://extensions/shortcuts`, how: i18n.t('options.shortcuts.changeChrome') };
}

/** The command's own description, except the popup's, which browsers leave blank. */
function commandName(command: Command): string {
  return command.name === '_execute_action' || !command.description ? i18n.t('commands.openPopup') : command.description;
}

export function ShortcutsSection() {
  const [commands, setCommands] = useState<Command[]>([]);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void browser.commands.getAll().then(setCommands);
  }, []);
  const page = shortcutsPage();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(page.address);
      setMessage(i18n.t('options.shortcuts.copied'));
    } catch {
      setMessage(i18n.t('options.shortcuts.copyFailed'));
    }
  };

  return (
    <Section title={i18n.t('options.shortcuts.heading')}>
      <table class="shortcuts">
        <thead>
          <tr>
            <th scope="col">{i18n.t('options.shortcuts.action')}</th>
            <th scope="col">{i18n.t('options.shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((command) => (
            <tr key={command.name}>
              <th scope="row">{commandName(command)}</th>
              <td dir="ltr">{command.shortcut ? <kbd>{command.shortcut}</kbd> : i18n.t('options.shortcuts.notSet')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{page.how}</p>
      <p class="copy-row">
        <code dir="ltr">{page.address}</code>
        <button type="button" onClick={() => void copy()}>
          {i18n.t('options.shortcuts.copy')}
        </button>
      </p>
      <Status message={message} />
    </Section>
  );
}
