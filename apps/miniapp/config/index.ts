import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const CONTRACTS_DIR = path.resolve(__dirname, '../../../libs/contracts');

/** The BFF a WeChat build talks to; H5 is served by the BFF itself and uses same-origin `/api`. */
const API_BASE = (process.env.WEIMIN_API_BASE ?? 'https://weimin.example.gov.cn').replace(/\/+$/, '');

/** The subscribe-message template (答复通知) chosen in the MP console; the BFF sends it with the same id. */
const REPLY_TEMPLATE_ID = process.env.WEIMIN_REPLY_TEMPLATE_ID ?? 'reply-template';

export default defineConfig<'webpack5'>(() => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'weimin-miniapp',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    defineConstants: { WEIMIN_API_BASE: JSON.stringify(API_BASE), WEIMIN_REPLY_TEMPLATE_ID: JSON.stringify(REPLY_TEMPLATE_ID) },
    alias: { '@weimin/contracts': path.join(CONTRACTS_DIR, 'src/index.ts') },
    framework: 'react',
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
