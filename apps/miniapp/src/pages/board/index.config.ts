export default definePageConfig({
  navigationBarTitleText: '留言板',
  enablePullDownRefresh: true,
  onReachBottomDistance: 100,
});
