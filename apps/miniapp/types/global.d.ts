/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.scss';

/** Origin of the BFF for the WeChat build, set from env WEIMIN_API_BASE by config/index.ts. */
declare const WEIMIN_API_BASE: string;

/** Subscribe-message template id for the reply notification, set from env WEIMIN_REPLY_TEMPLATE_ID by config/index.ts. */
declare const WEIMIN_REPLY_TEMPLATE_ID: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
  }
}
