export default definePageConfig({
  navigationBarTitleText: '单位详情',
});
