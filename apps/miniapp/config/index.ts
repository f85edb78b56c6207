import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { buildSettings } from './build-settings';

const CONTRACTS_DIR = path.resolve(__dirname, '../../../libs/contracts');

/**
 * WEIMIN_API_BASE (the BFF a WeChat build talks to; H5 is served by the BFF and uses same-origin `/api`), WECHAT_APPID and
 * WECHAT_REPLY_TEMPLATE_ID. With WEIMIN_RELEASE=true a missing or placeholder value stops the build here.
 */
const SETTINGS = buildSettings(process.env);
// Taro writes dist/weapp/project.config.json with TARO_APP_ID as its appid.
process.env.TARO_APP_ID = SETTINGS.appId;

export default defineConfig<'webpack5'>(() => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'weimin-miniapp',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    defineConstants: {
      WEIMIN_API_BASE: JSON.stringify(SETTINGS.apiBase),
      WECHAT_REPLY_TEMPLATE_ID: JSON.stringify(SETTINGS.replyTemplateId),
      WECHAT_ANNOUNCEMENT_TEMPLATE_ID: JSON.stringify(SETTINGS.announcementTemplateId),
      WECHAT_PROGRESS_TEMPLATE_ID: JSON.stringify(SETTINGS.progressTemplateId),
      // H5 is served by the BFF itself: only the WeChat build depends on these values.
      WEIMIN_BUILD_PLACEHOLDERS: JSON.stringify(process.env.TARO_ENV === 'weapp' ? SETTINGS.placeholders : []),
    },
    alias: { '@weimin/contracts': path.join(CONTRACTS_DIR, 'src/index.ts') },
    framework: 'react',
    // WeChat only: app.config.ts points at it (sitemapLocation). H5 only: the demo's 图解 pictures, served by the BFF at
    // /h5/demo-media/ (scripts/demo-media.mjs draws them), so the demo and the browser suites show them offline.
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [{ from: 'demo-media', to: 'dist/h5/demo-media' }],
      options: {},
    },
    // Prebundling caches vendor code in node_modules/.taro, which other workspaces share; plain webpack is enough here.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      enableSourceMap: false,
      compile: { include: [CONTRACTS_DIR] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/h5/',
      enableSourceMap: false,
      compile: { include: [CONTRACTS_DIR] },
      router: { mode: 'browser', basename: '/h5' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // Taro splits only initial chunks, so every lazily loaded page would carry its own copy of the components and the HTTP wrapper.
      webpackChain(chain) {
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all' });
      },
    },
  };
  return config;
});
