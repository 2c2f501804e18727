import { i18n } from '#i18n';
import { pluralUi } from '../../components/ui-locale';
import { SUMMARY_SENTENCES, type SummaryLength } from '../../lib/settings';
import { Checkbox, RadioGroup, Section, type Choice } from './controls';
import type { SectionProps } from './OptionsApp';

export function SummarySection({ settings, save }: SectionProps) {
  const lengths: Choice<SummaryLength>[] = [
    { value: 'short', label: pluralUi('options.summary.short', SUMMARY_SENTENCES.short) },
    { value: 'medium', label: pluralUi('options.summary.medium', SUMMARY_SENTENCES.medium) },
    { value: 'long', label: pluralUi('options.summary.long', SUMMARY_SENTENCES.long) },
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
