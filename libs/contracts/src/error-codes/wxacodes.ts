import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of the 小程序码 download (issue 16), prefixed WXACODE_. */
export const WxacodeErrorCode = {
  WxacodeWechatNotConfigured: 'WXACODE_WECHAT_NOT_CONFIGURED',
  WxacodeNotPublished: 'WXACODE_NOT_PUBLISHED',
  WxacodeWechatRefused: 'WXACODE_WECHAT_REFUSED',
} as const;
export type WxacodeErrorCode = (typeof WxacodeErrorCode)[keyof typeof WxacodeErrorCode];

export const WXACODE_ERRORS: Record<WxacodeErrorCode, ErrorCodeInfo> = {
  WXACODE_WECHAT_NOT_CONFIGURED: { status: 503, message: '尚未配置微信小程序，无法生成小程序码' },
  WXACODE_NOT_PUBLISHED: { status: 404, message: '只有已发布的内容才能生成小程序码' },
  WXACODE_WECHAT_REFUSED: { status: 503, message: '微信未能生成小程序码，请稍后再试' },
};
