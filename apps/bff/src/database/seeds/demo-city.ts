import type { AgencyKind, Industry } from '@weimin/contracts';

/**
 * 临溪市, a fictional prefecture-level city for demos and tests. Names and descriptions are invented;
 * any likeness to a real unit is chance.
 */
export interface AgencySeed {
  code: string;
  name: string;
  kind: AgencyKind;
  industry?: Industry;
  description: string;
  hotline?: string;
}

const office: AgencySeed[] = [
  {
    code: 'office',
    name: '临溪市政务公开办',
    kind: 'office',
    description: '设在市政府办公室，统筹全市政务公开、政策解读审核和留言交办督办。',
    hotline: '12345',
  },
];

const department = (code: string, name: string, description: string): AgencySeed => ({
  code: `dept-${code}`,
  name,
  kind: 'department',
  description,
});

const departments: AgencySeed[] = [
  department('drc', '临溪市发展和改革委员会', '负责全市经济社会发展规划、重大项目审批和价格管理。'),
  department('edu', '临溪市教育局', '负责学前教育到高中阶段的招生、学籍、资助和办学管理。'),
  department('psb', '临溪市公安局', '负责户籍、出入境、交通管理和治安服务。'),
  department('civil', '临溪市民政局', '负责社会救助、养老服务、婚姻登记和社会组织管理。'),
  department('hrss', '临溪市人力资源和社会保障局', '负责就业创业、社会保险、劳动关系和人才服务。'),
  department('nrp', '临溪市自然资源和规划局', '负责国土空间规划、不动产登记和耕地保护。'),
  department('eco', '临溪市生态环境局', '负责环境质量监测、污染防治和环评审批。'),
  department('housing', '临溪市住房和城乡建设局', '负责住房保障、物业管理、建筑市场和老旧小区改造。'),
  department('transport', '临溪市交通运输局', '负责公路、客运、出租车和城市公共交通的行业管理。'),
  department('health', '临溪市卫生健康委员会', '负责医疗服务、公共卫生、生育登记和健康促进。'),
  department('amr', '临溪市市场监督管理局', '负责企业登记、食品药品安全、质量计量和消费维权。'),
  department('medsec', '临溪市医疗保障局', '负责医保参保、待遇支付、异地就医和药品集采。'),
  department('tax', '国家税务总局临溪市税务局', '负责各项税费征收、减税降费政策落实和纳税服务。'),
  department('urban', '临溪市城市管理局', '负责市容环卫、占道经营、户外广告和城市照明。'),
  department('data', '临溪市数据资源管理局', '负责政务服务中心、“一网通办”和12345热线运行。'),
];

const township = (code: string, name: string, description: string): AgencySeed => ({
  code: `town-${code}`,
  name,
  kind: 'township',
  description,
});

const townships: AgencySeed[] = [
  township('chengguan', '临溪市城关街道办事处', '辖12个社区，承接社区服务、民生保障和基层治理。'),
  township('qingshi', '临溪市青石镇人民政府', '以茶叶和竹制品为主业的山区镇，负责乡村振兴和农村公共服务。'),
  township('baisha', '临溪市白沙彝族乡人民政府', '彝族聚居乡，政策解读提供汉彝双语版本。'),
];

const unit = (code: string, industry: Industry, name: string, description: string, hotline?: string): AgencySeed => ({
  code: `pe-${code}`,
  name,
  kind: 'public_enterprise',
  industry,
  description,
  hotline,
});

const publicEnterprises: AgencySeed[] = [
  unit('water-city', 'water_supply', '临溪市自来水有限公司', '负责主城区供水、水质公示和停水通知。', '88110001'),
  unit('water-south', 'water_supply', '临溪城南水务有限公司', '负责城南新区和开发区的供水管网运营。', '88110002'),
  unit('water-rural', 'water_supply', '临溪市农村供水总站', '负责全市乡镇集中供水工程的运行维护。'),
  unit('power-grid', 'power_supply', '临溪供电公司', '负责全市电网运行、用电报装和计划停电公告。', '95598'),
  unit('power-east', 'power_supply', '临溪供电公司城东供电所', '负责城东片区的抢修服务和客户用电业务。'),
  unit('power-qingshi', 'power_supply', '临溪供电公司青石供电所', '负责青石镇及周边山区的供电服务。'),
  unit('gas-city', 'gas_supply', '临溪市燃气集团有限公司', '负责城市管道燃气供应、安检和燃气价格公示。', '88120001'),
  unit('gas-lng', 'gas_supply', '临溪市天然气储配有限公司', '负责液化天然气储配站和乡镇瓶装气供应。'),
  unit('bus-city', 'public_transport', '临溪市公共交通集团有限公司', '运营68条城市公交线路，发布线路调整和运营时刻。', '88130001'),
  unit('bus-rural', 'public_transport', '临溪市城乡客运有限公司', '运营城乡公交和镇村班车。'),
  unit('bus-rail', 'public_transport', '临溪市有轨电车运营有限公司', '运营有轨电车T1线，发布首末班时间和临时停运信息。'),
  unit('hosp-people', 'health', '临溪市人民医院', '三级甲等综合医院，公开收费标准、专家出诊和就医指南。', '88140001'),
  unit('hosp-tcm', 'health', '临溪市中医医院', '三级中医医院，公开特色专科、膏方门诊和医保结算说明。'),
  unit('hosp-mch', 'health', '临溪市妇幼保健院', '负责孕产妇和儿童保健、出生医学证明办理。'),
  unit('hosp-second', 'health', '临溪市第二人民医院', '二级综合医院，承担城南片区医疗服务。'),
  unit('cdc', 'health', '临溪市疾病预防控制中心', '负责预防接种、传染病防控和健康体检指导。'),
  unit('school-no1', 'education', '临溪市第一中学', '省级示范高中，公开招生计划、收费项目和校园开放日。'),
  unit('school-exp', 'education', '临溪市实验小学', '公开学区划分、入学报名和课后服务安排。'),
  unit('school-no3', 'education', '临溪市第三中学', '初级中学，公开招生片区、作息时间和资助政策。'),
  unit('kindergarten', 'education', '临溪市机关幼儿园', '公办幼儿园，公开招生办法、保教费标准和膳食安排。'),
  unit('college', 'education', '临溪职业技术学院', '高职院校，公开招生章程、学费标准和就业质量报告。'),
  unit('env-monitor', 'environment', '临溪市环境监测站', '发布空气和地表水质量日报、监测数据。'),
  unit('env-sewage', 'environment', '临溪市污水处理有限公司', '运营三座城市污水处理厂，公开出水水质和环保设施开放日。'),
  unit('env-waste', 'environment', '临溪市生活垃圾焚烧发电厂', '公开烟气排放在线数据，定期举办公众开放日。'),
  unit('env-sanitation', 'environment', '临溪市环境卫生管理处', '负责城区道路保洁、垃圾清运和公厕管理。'),
];

export const DEMO_AGENCIES: readonly AgencySeed[] = [...office, ...departments, ...townships, ...publicEnterprises];
