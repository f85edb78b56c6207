/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

/** Origin of the BFF for the WeChat build, set from env WEIMIN_API_BASE by config/index.ts. */
declare const WEIMIN_API_BASE: string;

/** Subscribe-message template id for the reply notification, set from env WECHAT_REPLY_TEMPLATE_ID (the BFF's name too) by config/index.ts. */
declare const WECHAT_REPLY_TEMPLATE_ID: string;

/** 订阅's templates (便民公告通知, 办理进度通知), from env WECHAT_ANNOUNCEMENT_TEMPLATE_ID and WECHAT_PROGRESS_TEMPLATE_ID; empty when not configured. */
declare const WECHAT_ANNOUNCEMENT_TEMPLATE_ID: string;
declare const WECHAT_PROGRESS_TEMPLATE_ID: string;

/** Variables a development WeChat build replaced by placeholders (empty in a release build and on H5); the home page names them. */
declare const WEIMIN_BUILD_PLACEHOLDERS: string[];

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
  }
}
