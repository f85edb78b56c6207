export default definePageConfig({
  navigationBarTitleText: '公共企事业单位',
});
