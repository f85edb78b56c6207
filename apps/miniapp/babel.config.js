// babel-preset-taro: React + TypeScript for both the WeChat and the H5 builds.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
