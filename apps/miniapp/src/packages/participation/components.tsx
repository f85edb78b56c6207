import { Text, View } from '@tarojs/components';
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
