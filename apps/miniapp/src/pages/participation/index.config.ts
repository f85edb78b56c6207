export default definePageConfig({
  navigationBarTitleText: '互动',
  enablePullDownRefresh: true,
  onReachBottomDistance: 100,
});
