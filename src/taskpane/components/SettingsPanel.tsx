import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Ref } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../domain/model/plan';
import type { SettingValue } from '../../domain/ports';
import { formatNumber } from '../../domain/text/formatNumber';
import type { Language } from '../../domain/text/localText';
import { parseNumberText } from '../../domain/cells/parseNumberText';
import { useI18n } from '../i18n';
import { SectionHeading } from './SectionHeading';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Kommune, Plantitel and tolerance, read from and written to `Indstillinger`; and the language. */
export function SettingsPanel({
  settings,
  disabled,
  saved,
  language,
  onLanguage,
  onSave,
  headingRef,
}: {
  settings: Settings | null;
  disabled: boolean;
  saved: boolean;
  language: Language;
  onLanguage: (language: Language) => void;
  onSave: (values: readonly SettingValue[]) => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const [municipality, setMunicipality] = useState('');
  const [planTitle, setPlanTitle] = useState('');
  const [tolerance, setTolerance] = useState('');
  // The fields are filled when new settings arrive (not when the language changes, which
  // would throw away what the user is typing).
  const languageNow = useRef(language);
  languageNow.current = language;
  useEffect(() => {
    if (!settings) return;
    setMunicipality(settings.municipality ?? '');
    setPlanTitle(settings.planTitle);
    setTolerance(formatNumber(settings.tolerance * 100, languageNow.current, 1));
  }, [settings]);
  const percent = parseNumberText(tolerance.replace('%', ''));
  const toleranceValid = percent !== null && percent.value >= 0 && percent.value <= 100;
  const save = () => {
    if (!toleranceValid) return;
    onSave([
      { key: 'municipality', value: municipality.trim() || null },
      { key: 'planTitle', value: planTitle.trim() || null },
      { key: 'tolerance', value: Math.round(percent.value * 10) / 1000 },
    ]);
  };
  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <SectionHeading id="settings-heading" headingRef={headingRef}>
        {t('settingsHeading')}
      </SectionHeading>
      {!settings && <Text>{t('settingsNeedValidate')}</Text>}
      <Field label={t('municipality')} hint={t('municipalityHint')}>
        <Input
          value={municipality}
          onChange={(_, d) => setMunicipality(d.value)}
          disabled={disabled || !settings}
        />
      </Field>
      <Field label={t('planTitle')}>
        <Input
          value={planTitle}
          onChange={(_, d) => setPlanTitle(d.value)}
          disabled={disabled || !settings}
        />
      </Field>
      <Field
        label={t('tolerance')}
        hint={t('toleranceHint')}
        {...(toleranceValid || tolerance === ''
          ? {}
          : { validationState: 'error' as const, validationMessage: t('toleranceInvalid') })}
      >
        <Input
          value={tolerance}
          inputMode="decimal"
          onChange={(_, d) => setTolerance(d.value)}
          disabled={disabled || !settings}
        />
      </Field>
      <Button
        appearance="primary"
        onClick={save}
        disabled={disabled || !settings || !toleranceValid}
      >
        {t('saveSettings')}
      </Button>
      {saved && <Text role="status">{t('settingsSaved')}</Text>}
      <Field label={t('language')}>
        <RadioGroup
          value={language}
          onChange={(_, d) => onLanguage(d.value as Language)}
          layout="horizontal"
        >
          <Radio value="da" label="Dansk" lang="da" />
          <Radio value="en" label="English" lang="en" />
        </RadioGroup>
      </Field>
    </section>
  );
}
