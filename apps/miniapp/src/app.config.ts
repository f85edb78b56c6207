// Tab pages stay in the main package; every other area is a subpackage (WeChat's 2 MB main-package limit).
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/units/index'],
  subPackages: [
    { root: 'packages/policy', pages: ['pages/stage/index'] },
    { root: 'packages/units', pages: ['pages/detail/index'] },
  ],
  window: {
    navigationBarTitleText: '为民',
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f8',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#5c6470',
    selectedColor: '#1f5fbf',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      {
        pagePath: 'pages/units/index',
        text: '公共企事业单位',
        iconPath: 'assets/tabbar/units.png',
        selectedIconPath: 'assets/tabbar/units-active.png',
      },
    ],
  },
});
