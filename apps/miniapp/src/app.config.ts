// Tab pages stay in the main package; every other area is a subpackage (WeChat's 2 MB main-package limit).
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/units/index', 'pages/board/index', 'pages/participation/index', 'pages/mine/index'],
  subPackages: [
    { root: 'packages/policy', pages: ['pages/stage/index', 'pages/search/index', 'pages/detail/index'] },
    { root: 'packages/units', pages: ['pages/detail/index', 'pages/notice/index', 'pages/subscriptions/index'] },
    { root: 'packages/messages', pages: ['pages/compose/index', 'pages/detail/index', 'pages/board-detail/index', 'pages/privacy/index'] },
    { root: 'packages/disclosure', pages: ['pages/form/index', 'pages/mine/index', 'pages/detail/index', 'pages/reports/index', 'pages/report/index'] },
    // 互动: 意见征集 and 在线访谈 (the tab page only lists them).
    { root: 'packages/participation', pages: ['pages/solicitation/index', 'pages/interview/index', 'pages/my-opinions/index', 'pages/my-questions/index'] },
  ],
  // Tap a tab, and the subpackage its links open is fetched in the background (WeChat's preloadRule; at most 2 MB per page).
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/policy'] },
    'pages/units/index': { network: 'all', packages: ['packages/units'] },
    'pages/board/index': { network: 'all', packages: ['packages/messages'] },
    'pages/participation/index': { network: 'all', packages: ['packages/participation'] },
    'pages/mine/index': { network: 'all', packages: ['packages/messages', 'packages/disclosure', 'packages/units', 'packages/participation'] },
  },
  // Only the components a page renders are injected when it opens (WeChat's 按需注入), not every component of the package.
  lazyCodeLoading: 'requiredComponents',
  // Which pages WeChat search may index: not those that exist only for a signed-in citizen (sitemap.json, copied by config/index.ts).
  sitemapLocation: 'sitemap.json',
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
      { pagePath: 'pages/board/index', text: '留言', iconPath: 'assets/tabbar/board.png', selectedIconPath: 'assets/tabbar/board-active.png' },
      // WeChat allows five tabs at most: this is the fifth.
      {
        pagePath: 'pages/participation/index',
        text: '互动',
        iconPath: 'assets/tabbar/participation.png',
        selectedIconPath: 'assets/tabbar/participation-active.png',
      },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tabbar/mine.png', selectedIconPath: 'assets/tabbar/mine-active.png' },
    ],
  },
});
