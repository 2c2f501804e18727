import { useId, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { normalizeHostname } from '../../lib/site-list';
import { Section, Status } from './controls';
import type { SectionProps } from './OptionsApp';

/**
 * The "never run here" list. Entries are checked and stored in canonical form as they are
 * added; an error stays next to the field (and is announced) until the entry is fixed.
 * Removing an entry moves focus to the next one, or back to the field, so keyboard and
 * screen-reader users are never left on a button that no longer exists.
 */
export function NeverRunSection({ settings, save }: SectionProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const sites = settings.neverRunOn;

  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHostname(draft);
    if (!host) return setError(i18n.t('options.sites.invalid', [draft.trim()]));
    if (sites.includes(host)) return setError(i18n.t('options.sites.duplicate', [host]));
    save({ neverRunOn: [...sites, host].sort() });
    setDraft('');
    setError('');
    setMessage(i18n.t('options.sites.added', [host]));
  };

  const remove = (host: string) => {
    const index = sites.indexOf(host);
    const rest = sites.filter((site) => site !== host);
    save({ neverRunOn: rest });
    setMessage(i18n.t('options.sites.removed', [host]));
    // After the list re-renders, the button now at this index is the next entry's.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 0) - 1)];
      (next ?? inputRef.current)?.focus();
    });
  };

  return (
    <Section title={i18n.t('options.sites.heading')} intro={i18n.t('options.sites.intro')}>
      <form class="add-site" onSubmit={add} noValidate>
        <div class="field">
          <label for={inputId}>{i18n.t('options.sites.label')}</label>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            dir="ltr"
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <p id={hintId} class="hint">
            {i18n.t('options.sites.hint')}
          </p>
          <p id={errorId} class="error" role="alert">
            {error}
          </p>
        </div>
        <button type="submit">{i18n.t('options.sites.add')}</button>
      </form>
      {sites.length === 0 ? (
        <p>{i18n.t('options.sites.empty')}</p>
      ) : (
        <ul ref={listRef} class="site-list">
          {sites.map((host) => (
            <li key={host}>
              <span dir="ltr">{host}</span>
              <button type="button" onClick={() => remove(host)}>
                {i18n.t('options.sites.remove', [host])}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Status message={message} />
    </Section>
  );
}
