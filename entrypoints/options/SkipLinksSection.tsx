import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { EVERY_SITE_ORIGINS, type SkipLinkMode } from '../../lib/settings';
import { RadioGroup, Section, Status, type Choice } from './controls';
import type { SectionProps } from './OptionsApp';

const hasEverySiteAccess = () => browser.permissions.contains({ origins: EVERY_SITE_ORIGINS });

/**
 * Skip links on every site need host access to every site, which Lede asks for only when
 * the person chooses it, and gives back when they choose "on request" again. The setting is
 * stored only once the browser has granted the access; the background registers the
 * always-on script when both are present.
 */
export function SkipLinksSection({ settings, save }: SectionProps) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const [hasAccess, setHasAccess] = useState<boolean | null>(null);

  useEffect(() => {
    // Access can also be granted or withdrawn in the browser's own extension settings.
    const check = () => void hasEverySiteAccess().then(setHasAccess);
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);

  const askForEverySite = () => {
    // First thing in the handler: browsers (Firefox strictly) honour the request only
    // while the click or key press that made it is still being handled.
    const request = browser.permissions.request({ origins: EVERY_SITE_ORIGINS });
    setAsking(true);
    setMessage(i18n.t('options.skipLinks.asking'));
    void request
      .catch(() => false)
      .then((granted) => {
        setAsking(false);
        setHasAccess(granted);
        if (granted) {
          setMessage('');
          save({ skipLinks: 'every-site' });
        } else {
          setMessage(i18n.t('options.skipLinks.refused'));
        }
      });
  };

  const choose = (mode: SkipLinkMode) => {
    if (mode === 'every-site') return askForEverySite();
    setMessage('');
    save({ skipLinks: 'on-request' });
    // Hold no more access than the chosen behaviour needs. Removing access the manifest
    // requires (a development build's test host) is refused by the browser; that is fine.
    void browser.permissions.remove({ origins: EVERY_SITE_ORIGINS }).catch(() => undefined);
  };

  const choices: Choice<SkipLinkMode>[] = [
    { value: 'on-request', label: i18n.t('options.skipLinks.onRequest') },
    { value: 'every-site', label: i18n.t('options.skipLinks.everySite') },
  ];
  const revoked = settings.skipLinks === 'every-site' && hasAccess === false && !asking;

  return (
    <Section title={i18n.t('options.skipLinks.heading')}>
      <RadioGroup
        legend={i18n.t('options.skipLinks.legend')}
        name="skip-links"
        // While the browser asks, show the choice being made; if refused, it goes back.
        value={asking ? 'every-site' : settings.skipLinks}
        choices={choices}
        onChange={choose}
        hint={i18n.t('options.skipLinks.everySiteHint')}
      />
      <Status message={revoked ? i18n.t('options.skipLinks.revoked') : message} />
      {revoked && (
        <button type="button" onClick={askForEverySite}>
          {i18n.t('options.skipLinks.grant')}
        </button>
      )}
    </Section>
  );
}
