/** Demo 派单规则: common words of citizens' messages and the agency that answers them. */
export const DEMO_ROUTING_RULES: ReadonlyArray<{ keyword: string; agencyCode: string; priority?: number }> = [
  { keyword: '社保', agencyCode: 'dept-hrss' },
  { keyword: '养老保险', agencyCode: 'dept-hrss', priority: 5 },
  { keyword: '工资', agencyCode: 'dept-hrss' },
  { keyword: '公积金', agencyCode: 'dept-housing' },
  { keyword: '物业', agencyCode: 'dept-housing' },
  { keyword: '入学', agencyCode: 'dept-edu' },
  { keyword: '学位', agencyCode: 'dept-edu' },
  { keyword: '医保', agencyCode: 'dept-medsec' },
  { keyword: '停水', agencyCode: 'pe-water-city' },
  { keyword: '水压', agencyCode: 'pe-water-city' },
  { keyword: '停电', agencyCode: 'pe-power-grid' },
  { keyword: '燃气', agencyCode: 'pe-gas-city' },
  { keyword: '公交', agencyCode: 'pe-bus-city' },
  { keyword: '噪音', agencyCode: 'dept-eco' },
  { keyword: '占道', agencyCode: 'dept-urban' },
];
