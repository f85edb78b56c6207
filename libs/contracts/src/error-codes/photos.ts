import type { ErrorCodeInfo } from './error-code-info';

/** Refusals of message photos (issue 16), prefixed PHOTO_. */
export const PhotoErrorCode = {
  PhotoTooLarge: 'PHOTO_TOO_LARGE',
  PhotoNotAnImage: 'PHOTO_NOT_AN_IMAGE',
  PhotoSuspicious: 'PHOTO_SUSPICIOUS',
  PhotoMissing: 'PHOTO_MISSING',
  PhotoTooMany: 'PHOTO_TOO_MANY',
  PhotoNotAvailable: 'PHOTO_NOT_AVAILABLE',
  PhotoNoneToPublish: 'PHOTO_NONE_TO_PUBLISH',
} as const;
export type PhotoErrorCode = (typeof PhotoErrorCode)[keyof typeof PhotoErrorCode];

export const PHOTO_ERRORS: Record<PhotoErrorCode, ErrorCodeInfo> = {
  PHOTO_TOO_LARGE: { status: 400, message: '图片不能超过5MB' },
  PHOTO_NOT_AN_IMAGE: { status: 400, message: '只能上传JPG或PNG图片' },
  PHOTO_SUSPICIOUS: { status: 400, message: '图片文件含有图片以外的内容，请重新拍摄或截图后上传' },
  PHOTO_MISSING: { status: 400, message: '请选择一张图片上传' },
  PHOTO_TOO_MANY: { status: 400, message: '每条留言最多9张图片' },
  PHOTO_NOT_AVAILABLE: { status: 400, message: '图片不存在或已用于其他留言，请重新上传' },
  PHOTO_NONE_TO_PUBLISH: { status: 409, message: '没有可以公开的图片（未通过检测的图片不能公开）' },
};
