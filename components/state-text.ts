/**
 * What Lede says about a page it cannot summarise, in the UI language. Shared by the popup,
 * the reader view and the background (which puts the sentence into its typed answers).
 */
import { i18n } from '#i18n';
import type { Restriction } from '../lib/restricted-pages';

export function restrictionText(reason: Restriction): string {
  switch (reason) {
    case 'browser-page':
      return i18n.t('popup.restricted.browserPage');
    case 'web-store':
      return i18n.t('popup.restricted.webStore');
    case 'pdf':
      return i18n.t('popup.restricted.pdf');
    case 'view-source':
      return i18n.t('popup.restricted.viewSource');
    case 'file-access':
      return i18n.t('popup.restricted.fileAccess');
    case 'load-failed':
      return i18n.t('popup.restricted.loadFailed');
    case 'no-permission':
      return i18n.t('popup.restricted.noPermission');
  }
}

/** For a page Lede stopped reading past its time budget. */
export function tooSlowText(): string {
  return i18n.t('popup.tooSlow.detail');
}

/** For a page too busy to answer (its own script blocks it). */
export function notRespondingText(): string {
  return i18n.t('popup.notResponding.detail');
}
