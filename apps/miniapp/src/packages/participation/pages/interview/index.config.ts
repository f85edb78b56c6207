export default definePageConfig({
  // Shared from WeChat's menu to a chat and to Moments (hooks/useShare.ts).
  enableShareAppMessage: true,
  enableShareTimeline: true,
  navigationBarTitleText: '在线访谈',
});
