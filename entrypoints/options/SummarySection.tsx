import { i18n } from '#i18n';
import { formatUiNumber } from '../../components/ui-locale';
import { SUMMARY_SENTENCES, type SummaryLength } from '../../lib/settings';
import { Checkbox, RadioGroup, Section, type Choice } from './controls';
import type { SectionProps } from './OptionsApp';

export function SummarySection({ settings, save }: SectionProps) {
  const lengths: Choice<SummaryLength>[] = [
    { value: 'short', label: i18n.t('options.summary.short', [formatUiNumber(SUMMARY_SENTENCES.short)]) },
    { value: 'medium', label: i18n.t('options.summary.medium', [formatUiNumber(SUMMARY_SENTENCES.medium)]) },
    { value: 'long', label: i18n.t('options.summary.long', [formatUiNumber(SUMMARY_SENTENCES.long)]) },
  ];
  return (
    <Section title={i18n.t('options.summary.heading')}>
      <RadioGroup
        legend={i18n.t('options.summary.lengthLegend')}
        name="summary-length"
        value={settings.summaryLength}
        choices={lengths}
        onChange={(summaryLength) => save({ summaryLength })}
      />
      <Checkbox
        label={i18n.t('options.summary.aiKeyPoints')}
        hint={i18n.t('options.summary.aiKeyPointsHint')}
        checked={settings.aiKeyPoints}
        onChange={(aiKeyPoints) => save({ aiKeyPoints })}
      />
    </Section>
  );
}
