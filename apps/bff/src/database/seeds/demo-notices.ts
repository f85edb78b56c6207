import type { NoticeSection } from '@weimin/contracts';

/**
 * Demo notices of 临溪市's 25 public enterprises and institutions (invented, docs/domain.md §2), dated relative to the
 * day the seed runs. Some units are stale on purpose, so the freshness board and the update reminders have work:
 * 农村供水总站, 青石供电所, 天然气储配 (no 公共服务 at all), 有轨电车, 第二人民医院, 机关幼儿园, 环境卫生管理处.
 */
export interface NoticeSeed {
  section: NoticeSection;
  title: string;
  bodyHtml: string;
  /** Published this many days before the seed runs. */
  daysAgo: number;
  /** An outage-style validity, in days from the seed's day (negative: in the past). */
  valid?: { fromDays: number; hours: number };
}

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('');
const list = (...items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

const announcement = (title: string, daysAgo: number, fromDays: number, hours: number, ...paragraphs: string[]): NoticeSeed => ({
  section: 'announcements',
  title,
  bodyHtml: p(...paragraphs),
  daysAgo,
  valid: { fromDays, hours },
});
const notice = (section: NoticeSection, title: string, daysAgo: number, bodyHtml: string): NoticeSeed => ({ section, title, bodyHtml, daysAgo });

const waterRules = (daysAgo: number) =>
  notice(
    'rules',
    '供水服务信息公开办法',
    daysAgo,
    p(
      '本单位依照《公共企事业单位信息公开规定制定办法》公开供水服务信息。',
      '水质检测结果每月公示，停水信息至少提前24小时发布，突发抢修停水在恢复后补充说明原因。',
    ),
  );
const waterServices = (daysAgo: number) =>
  notice(
    'services',
    '居民用水报装和过户办理指南',
    daysAgo,
    p('<strong>办理地点</strong>：市民服务中心水务窗口，或微信“临溪水务”在线办理。', '所需材料：') +
      list('身份证原件', '房屋产权证明或购房合同', '过户须提供原户主签字的申请表') +
      p('报装自受理起5个工作日内完成现场勘查。'),
  );

const powerRules = (daysAgo: number) =>
  notice(
    'rules',
    '供电服务“十项承诺”',
    daysAgo,
    list('城区故障抢修45分钟内到达现场', '计划停电提前7天公告', '居民用电报装不超过3个工作日', '电费账单、电价政策随时可查'),
  );
const powerServices = (daysAgo: number) =>
  notice(
    'services',
    '居民阶梯电价和峰谷电价说明',
    daysAgo,
    p(
      '居民生活用电实行阶梯电价：年用电2760千瓦时以内为第一档，2761至4800千瓦时为第二档，超出部分为第三档。',
      '申请峰谷分时电价可拨打95598或在“网上国网”办理。',
    ),
  );

const busRules = (daysAgo: number) =>
  notice(
    'rules',
    '公交运营服务规范',
    daysAgo,
    p('驾驶员进站停稳后开门，不甩站、不拒载；车厢内保持整洁，空调车在气温高于28摄氏度时开启空调。', '乘客对服务有意见，可拨打服务热线或在本页面留言。'),
  );

const hospitalRules = (daysAgo: number) =>
  notice(
    'rules',
    '医疗服务价格公示制度',
    daysAgo,
    p('本院在门诊大厅、住院部和网站公示常用医疗服务项目、药品和医用耗材价格。', '患者可在自助机查询每日费用清单，对收费有疑问可到门诊一楼收费处咨询。'),
  );

const schoolRules = (daysAgo: number) =>
  notice(
    'rules',
    '学校信息公开目录',
    daysAgo,
    list('招生计划、招生范围和录取结果', '收费项目、标准和依据', '学生资助政策和受助名单（隐去个人敏感信息）', '校园安全和食品安全管理制度'),
  );

const envRules = (daysAgo: number) =>
  notice(
    'rules',
    '环境信息公开制度',
    daysAgo,
    p('依照《企业环境信息依法披露管理办法》，本单位每年公开排污许可、污染物排放和环保设施运行情况。', '在线监测数据实时上传至市生态环境局平台。'),
  );

export const DEMO_NOTICES: Readonly<Record<string, readonly NoticeSeed[]>> = {
  'pe-water-city': [
    announcement(
      '城北片区管网改造计划停水通知',
      2,
      3,
      10,
      '因城北片区供水管网改造，届时人民路以北、滨江路以西区域停水。',
      '请居民提前储水，恢复供水初期水质可能浑浊，放水片刻即可。',
    ),
    announcement('滨江花园小区二次供水设施清洗停水', 9, -7, 6, '二次供水水箱清洗消毒期间，滨江花园1至12栋停水。清洗后将公示水质检测报告。'),
    notice(
      'announcements',
      '11月出厂水和管网水水质公示',
      5,
      p('本月共检测出厂水和管网水样品126份，浊度、余氯、菌落总数等指标全部符合《生活饮用水卫生标准》。'),
    ),
    waterRules(60),
    waterServices(40),
    notice('services', '水费缴纳方式', 25, list('微信、支付宝生活缴费', '银行代扣', '营业厅现金或刷卡')),
  ],
  'pe-water-south': [
    announcement('开发区三号路阀门更换停水通知', 4, 2, 8, '因更换三号路主管阀门，开发区三号路至五号路沿线企业和居民停水，请提前做好准备。'),
    waterRules(90),
    notice('services', '城南新区用水报装一次办', 30, p('城南新区新建住宅和企业用水报装实行“一窗受理、一次办结”，可在城南政务服务分中心办理。')),
  ],
  'pe-water-rural': [
    // Stale: no 便民公告 for over a month.
    announcement('青石镇集中供水工程检修停水', 35, -33, 12, '青石镇水厂滤池检修，镇区和茶园村停水一天。'),
    waterRules(120),
    notice('services', '农村饮水问题报修渠道', 100, p('乡镇集中供水出现水压不足、水质异常，可拨打各镇供水站电话或在本页面留言，工作人员24小时内响应。')),
  ],
  'pe-power-grid': [
    announcement(
      '12月上旬10千伏线路计划检修停电公告',
      1,
      6,
      9,
      '因10千伏城西线检修，城西工业园及周边居民区计划停电。',
      '检修期间如遇雨雪天气将顺延，顺延信息另行公告。',
    ),
    announcement('东环路变电站扩建临时停电', 12, -10, 5, '东环路变电站扩建施工已完成，供电已恢复。'),
    powerRules(45),
    powerServices(20),
  ],
  'pe-power-east': [
    announcement('城东片区迎峰度冬线路巡检安排', 3, 1, 4, '巡检期间个别小区可能短时停电，每次不超过30分钟。'),
    powerRules(80),
    notice(
      'services',
      '城东供电所营业时间和业务范围',
      15,
      p('营业时间：工作日8:30至17:30，周六上午9:00至12:00。业务：新装增容、电费缴纳、发票打印、故障报修。'),
    ),
  ],
  'pe-power-qingshi': [
    // Stale twice over: 便民公告 and 公共服务.
    announcement('青石镇茶园村线路改造停电', 50, -48, 8, '茶园村农网改造期间停电，已按期完成并恢复供电。'),
    powerRules(150),
    notice('services', '山区用电故障报修说明', 220, p('山区线路故障请拨打95598，抢修人员将在2小时内到达。')),
  ],
  'pe-gas-city': [
    announcement('老城区燃气管道碰口作业暂停供气', 6, 1, 6, '因老城区燃气管道碰口作业，解放路、文昌街沿线暂停供气，恢复供气后请检查灶具。'),
    notice('announcements', '冬季入户安检工作开始', 10, p('12月起开展冬季入户安全检查，安检人员佩戴工作证，不收取任何费用，请勿相信上门推销。')),
    notice('rules', '管道燃气价格公示', 70, p('居民用气第一档每立方米2.85元，第二档3.42元，第三档4.28元。价格依据市发展改革委核定文件。')),
    notice('services', '燃气开户和改装申请流程', 35, list('携带身份证和房产证明到营业厅申请', '3个工作日内上门勘查', '缴费后安排施工和通气点火')),
  ],
  'pe-gas-lng': [
    // Stale: 公共服务 has never had a notice.
    notice('announcements', '乡镇瓶装液化气配送时间调整', 8, p('自本月起，白沙乡、青石镇瓶装液化气配送改为每周二、周五上午，电话预约后送气上门。')),
    notice('rules', '液化天然气储配站安全管理制度', 110, p('储配站实行24小时值守和定期安全评估，重大危险源信息按规定向社会公开。')),
  ],
  'pe-bus-city': [
    announcement('12路、25路因道路施工临时改道', 2, 0, 24 * 14, '因滨江路施工，12路、25路临时改经解放路行驶，取消滨江公园站，施工结束后恢复原线路。'),
    notice('announcements', '冬季公交首末班时间调整', 7, p('12月1日起，城区公交线路首班车推迟至6:30发车，末班车时间不变。')),
    busRules(100),
    notice('services', '老年人和学生乘车优惠办理', 28, p('65周岁以上老年人凭身份证办理免费乘车卡；中小学生凭学生证办理半价卡。办理地点：公交集团客服中心。')),
  ],
  'pe-bus-rural': [
    notice('announcements', '镇村班车春运加班安排预告', 5, p('春运期间城乡公交加密班次，具体时刻将提前一周公布。')),
    busRules(130),
    notice('services', '城乡公交线路和票价一览', 60, list('临溪—青石镇：6元', '临溪—白沙彝族乡：8元', '临溪—城南新区：2元')),
  ],
  'pe-bus-rail': [
    notice('announcements', 'T1线周末延长运营时间', 6, p('周五、周六末班车延长至23:00，方便市民夜间出行。')),
    // Stale: 公开制度 last updated almost a year ago.
    notice('rules', '有轨电车乘客守则', 300, p('禁止携带易燃易爆物品进站上车，请在黄线外候车，先下后上。')),
    notice('services', 'T1线首末班时间和站点', 40, p('首班6:30，末班22:00，全线14座车站，高峰期发车间隔6分钟。')),
  ],
  'pe-hosp-people': [
    notice('announcements', '12月专家门诊出诊安排', 3, p('心内科、神经内科、内分泌科专家门诊时间已更新，可通过微信公众号预约挂号。')),
    announcement('门诊楼电梯检修暂停使用', 1, 1, 48, '门诊楼东侧2部电梯检修，请患者使用西侧电梯或扶梯，行动不便者可联系导诊台。'),
    hospitalRules(90),
    notice('services', '医保异地就医结算指南', 30, p('参保人在本院住院可直接刷医保电子凭证结算，异地参保人员需先在参保地完成备案。')),
  ],
  'pe-hosp-tcm': [
    notice('announcements', '冬令膏方门诊开诊', 9, p('冬令膏方门诊自本周起开诊，每周一至周六上午，需提前预约。')),
    hospitalRules(75),
    notice('services', '中医特色专科介绍', 50, p('针灸推拿科、脾胃病科、骨伤科为省级重点中医专科，提供中药代煎和配送服务。')),
  ],
  'pe-hosp-mch': [
    notice('announcements', '孕妇学校12月课程表', 4, p('每周三下午开设孕期营养、分娩准备和新生儿护理课程，免费参加。')),
    hospitalRules(95),
    notice('services', '出生医学证明办理须知', 20, p('新生儿出院前即可申请出生医学证明，需父母双方身份证和结婚证，办理地点为门诊三楼。')),
  ],
  'pe-hosp-second': [
    // Stale: 便民公告 is three weeks old.
    notice('announcements', '城南院区夜间急诊调整', 20, p('城南院区夜间急诊自本月起24小时开放，儿科夜诊安排在门诊二楼。')),
    hospitalRules(140),
    notice('services', '住院患者探视和陪护规定', 65, p('每名住院患者限一名固定陪护，探视时间为每日15:00至20:00。')),
  ],
  'pe-cdc': [
    notice('announcements', '流感疫苗接种门诊时间', 2, p('流感疫苗接种门诊工作日全天开放，60岁以上老人可免费接种，请携带身份证。')),
    notice('rules', '预防接种信息公开内容', 85, p('公开一类疫苗品种和接种程序、二类疫苗价格、接种单位名单和异常反应处置流程。')),
    notice('services', '健康证办理流程', 35, list('网上预约', '现场体检和采样', '3个工作日后领取或邮寄')),
  ],
  'pe-school-no1': [
    notice('announcements', '校园开放日报名通知', 6, p('12月中旬举办校园开放日，欢迎初三学生和家长参观，请在学校公众号报名。')),
    schoolRules(80),
    notice('services', '高一新生资助政策说明', 45, p('家庭经济困难学生可申请国家助学金，每生每年2000元，开学后一个月内向班主任提交申请。')),
  ],
  'pe-school-exp': [
    notice('announcements', '课后服务报名延长一周', 5, p('本学期课后服务报名截止时间延长一周，低年级学生可选择阅读、书法、围棋等课程。')),
    schoolRules(100),
    notice('services', '一年级入学报名指南', 55, p('适龄儿童凭户口簿和房产证明在学区内报名，报名时间另行公告。')),
  ],
  'pe-school-no3': [
    // Due soon: 便民公告 twelve days old.
    notice('announcements', '期末考试和寒假时间安排', 12, p('期末考试安排在1月中旬，寒假从1月下旬开始，具体以教育局校历为准。')),
    schoolRules(110),
    notice('services', '学生作息时间表', 70, p('上午7:50到校，下午17:10放学；午休时间12:00至13:30。')),
  ],
  'pe-kindergarten': [
    // Stale: 便民公告 sixteen days old.
    notice('announcements', '冬季膳食食谱公示', 16, p('本月幼儿食谱已在园内公示栏和家长群发布，每周更换。')),
    notice('rules', '保教费收费标准公示', 120, p('保教费按市发展改革委核定标准每月收取，伙食费按实际支出核算、每学期公开。')),
    notice('services', '新生入园报名办法', 90, p('年满3周岁的儿童可报名，报名时需提供户口簿、预防接种证和体检表。')),
  ],
  'pe-college': [
    notice('announcements', '单招考试报名提醒', 3, p('高职单独招生考试报名即将开始，报名网址和时间见学院招生网。')),
    notice('rules', '学院信息公开目录和年度报告', 60, p('学院每年10月底前发布上一学年信息公开年度报告，内容包括招生、财务、就业质量等。')),
    notice('services', '毕业生就业质量报告', 40, p('上一届毕业生就业率为94.2%，其中在临溪本地就业的占61%。')),
  ],
  'pe-env-monitor': [
    notice('announcements', '本周空气质量周报', 1, p('本周空气质量优良天数6天，首要污染物为细颗粒物（PM2.5）。')),
    envRules(90),
    notice('services', '环境监测数据查询方式', 30, p('可在本页面、市生态环境局网站和“临溪环境”公众号查询空气和地表水质量日报。')),
  ],
  'pe-env-sewage': [
    announcement('城东污水处理厂开放日', 7, 10, 4, '城东污水处理厂将举办公众开放日，现场讲解污水处理工艺，欢迎市民报名参观。'),
    envRules(70),
    notice('services', '出水水质月报', 10, p('三座污水处理厂出水化学需氧量、氨氮、总磷等指标均达到一级A排放标准。')),
  ],
  'pe-env-waste': [
    notice('announcements', '焚烧厂烟气排放在线数据公示', 2, p('11月烟气颗粒物、二氧化硫、氮氧化物日均值全部低于国家标准限值。')),
    envRules(100),
    notice('services', '公众开放日预约方式', 20, p('每月第二个周六为公众开放日，可通过电话或公众号预约，每次限50人。')),
  ],
  'pe-env-sanitation': [
    // Stale in every section.
    notice('announcements', '秋季道路冲洗作业时间', 45, p('主干道冲洗作业安排在夜间22:00至次日5:00。')),
    notice('rules', '城市道路保洁作业标准', 200, p('主干道每日普扫两次，全天保洁；次干道每日普扫一次。')),
    notice('services', '公厕位置和开放时间', 190, p('城区共有公厕86座，主要商圈公厕24小时开放。')),
  ],
};
