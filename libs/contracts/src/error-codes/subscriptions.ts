import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of 订阅 (issue 16), prefixed SUBSCRIPTION_. */
export const SubscriptionErrorCode = {
  /** Subscribing to an agency that is not an active public enterprise or institution (or does not exist). */
  SubscriptionNotAPublicUnit: 'SUBSCRIPTION_NOT_A_PUBLIC_UNIT',
} as const;
export type SubscriptionErrorCode = (typeof SubscriptionErrorCode)[keyof typeof SubscriptionErrorCode];

export const SUBSCRIPTION_ERRORS: Record<SubscriptionErrorCode, ErrorCodeInfo> = {
  SUBSCRIPTION_NOT_A_PUBLIC_UNIT: { status: 400, message: '只能订阅在用的公共企事业单位' },
};
