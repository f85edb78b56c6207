import { Button, Switch, Text, View } from '@tarojs/components';
import { OPINION_ADOPTION_LABELS, type OpinionAdoption } from '@weimin/contracts';
import type { ReactNode } from 'react';

/** A labelled form field with its counter and error, as on the message form. */
export function Field({ label, error, counter, hint, children }: { label: string; error?: string; counter?: string; hint?: string; children: ReactNode }) {
  return (
    <View className={error ? 'pt-field pt-field--invalid' : 'pt-field'}>
      <View className="pt-field__head">
        <Text className="pt-field__label">{label}</Text>
        {counter && <Text className="pt-field__counter">{counter}</Text>}
      </View>
      {hint && <Text className="pt-hint">{hint}</Text>}
      {children}
      {error && <Text className="pt-field__error">{error}</Text>}
    </View>
  );
}

/** A yes/no choice with its label and what it means, as on the message form. */
export function SwitchRow({
  label,
  hint,
  checked,
  disabled,
  onChange,
}: {
  label: string;
  hint: string;
  checked: boolean;
  disabled: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <View className="pt-switch-row">
      <View className="pt-switch-row__text">
        <Text className="pt-switch-row__label">{label}</Text>
        <Text className="pt-hint">{hint}</Text>
      </View>
      <Switch
        className="pt-switch"
        checked={checked}
        disabled={disabled}
        color="#1f5fbf"
        nativeProps={{ 'aria-label': label }}
        onChange={(event) => onChange(event.detail.value)}
      />
    </View>
  );
}

/** A form's last lines: what came of the last submission, 提交 (重新提交 while one is unconfirmed), and 放弃. */
export function SubmitBar({
  label,
  notice,
  submitting,
  pending,
  onSubmit,
  onDiscard,
}: {
  label: string;
  notice: { text: string; ok?: boolean } | undefined;
  submitting: boolean;
  pending: boolean;
  onSubmit: () => void;
  onDiscard: () => void;
}) {
  return (
    <>
      {notice && <View className={notice.ok ? 'pt-notice pt-notice--ok' : 'pt-notice'}>{notice.text}</View>}
      <Button className="pt-submit" loading={submitting} disabled={submitting || undefined} onClick={onSubmit}>
        {pending ? '重新提交' : label}
      </Button>
      {pending && !submitting && (
        <Button className="pt-secondary" onClick={onDiscard}>
          放弃这次提交
        </Button>
      )}
    </>
  );
}

/** 采纳 / 部分采纳 / 未采纳 and the agency's reason, once the feedback is published. */
export function AdoptionMark({ adoption, reason }: { adoption: OpinionAdoption | null; reason: string | null }) {
  if (!adoption) return null;
  return (
    <View className={`pt-mark pt-mark--${adoption}`}>
      <Text className="pt-mark__label">{OPINION_ADOPTION_LABELS[adoption]}</Text>
      {reason && <Text className="pt-mark__reason">{reason}</Text>}
    </View>
  );
}
