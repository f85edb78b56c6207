export default definePageConfig({
  navigationBarTitleText: '我的政府信息公开申请',
  enablePullDownRefresh: true,
});
