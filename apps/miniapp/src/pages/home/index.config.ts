export default definePageConfig({
  navigationBarTitleText: '为民 · 政务公开',
});
