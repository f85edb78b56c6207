import type { InterpretationFormat, InterpretationStatus, LifeEventStage, PolicyValidity } from '@weimin/contracts';

/**
 * Demo policy documents and interpretations of 临溪市 (an invented city), written for the demo: the rules described
 * are plausible, not any real city's. Yi (ii) variants are a demo transliteration, not a checked translation.
 */
export interface PolicyDocumentSeed {
  docNumber: string;
  title: string;
  issuer: string;
  issuedOn: string;
  validity: PolicyValidity;
}

export const DEMO_POLICY_DOCUMENTS: readonly PolicyDocumentSeed[] = [
  { docNumber: '临卫健发〔2026〕3号', title: '临溪市生育支持若干措施', issuer: '临溪市卫生健康委员会', issuedOn: '2026-01-15', validity: 'valid' },
  { docNumber: '临教发〔2026〕8号', title: '临溪市义务教育阶段招生入学工作实施意见', issuer: '临溪市教育局', issuedOn: '2026-03-02', validity: 'valid' },
  { docNumber: '临人社发〔2026〕11号', title: '临溪市促进高校毕业生等重点群体就业创业若干政策', issuer: '临溪市人力资源和社会保障局', issuedOn: '2026-02-20', validity: 'valid' },
  { docNumber: '临医保发〔2026〕5号', title: '临溪市城乡居民基本医疗保险实施办法', issuer: '临溪市医疗保障局', issuedOn: '2026-01-08', validity: 'valid' },
  { docNumber: '临住建发〔2026〕14号', title: '临溪市住房公积金提取管理办法', issuer: '临溪市住房和城乡建设局', issuedOn: '2026-04-10', validity: 'valid' },
  { docNumber: '临民发〔2026〕6号', title: '临溪市最低生活保障审核确认办法', issuer: '临溪市民政局', issuedOn: '2026-02-01', validity: 'valid' },
  { docNumber: '临市监发〔2026〕9号', title: '临溪市优化企业开办服务十条措施', issuer: '临溪市市场监督管理局', issuedOn: '2026-03-18', validity: 'valid' },
  { docNumber: '临税发〔2026〕2号', title: '关于落实小微企业税费优惠政策的公告', issuer: '国家税务总局临溪市税务局', issuedOn: '2026-01-20', validity: 'valid' },
  { docNumber: '临政办发〔2023〕21号', title: '临溪市新能源汽车购置补贴办法（2023年版）', issuer: '临溪市人民政府办公室', issuedOn: '2023-05-06', validity: 'invalid' },
  { docNumber: '临政办发〔2026〕17号', title: '临溪市企业简易注销登记操作规程', issuer: '临溪市人民政府办公室', issuedOn: '2026-05-12', validity: 'valid' },
];

export interface InterpretationSeed {
  title: string;
  summary: string;
  stages: LifeEventStage[];
  agencyCode: string;
  format: InterpretationFormat;
  docNumber?: string;
  /** Opening paragraph, the key points, and where or how to apply. */
  intro: string;
  points: string[];
  how: string;
  /** Published unless said otherwise; items in review show the console's queues. */
  status?: InterpretationStatus;
  returnComment?: string;
  mediaUrl?: string;
  yi?: { title: string; summary: string; body: string };
}

const MEDIA = 'https://media.linxi.example.cn/interpretations';

export const DEMO_INTERPRETATIONS: readonly InterpretationSeed[] = [
  // 出生
  {
    title: '一图读懂：生了宝宝，这些事可以一次办',
    summary: '出生医学证明、户口登记、医保参保和社保卡申领合成“出生一件事”，在医院或线上一次提交。',
    stages: ['birth'], agencyCode: 'dept-health', format: 'graphic', docNumber: '临卫健发〔2026〕3号', mediaUrl: `${MEDIA}/birth-one-thing.png`,
    intro: '过去给新生儿办证要跑卫健、公安、医保多个窗口，现在合成一件事办理。',
    points: ['在本市助产机构出生的新生儿可在出院前办理', '出生医学证明、落户、参保、社保卡一表申请', '材料齐全的，5个工作日内办结'],
    how: '在医院产科服务台或“临溪办事”小程序“出生一件事”专区提交。',
    yi: { title: 'ꆀꋍꑌꐥꇬ ꀊꆨꌠ ꑌꐥ（彝文演示译文）', summary: 'ꌠꅉꑌꐥꇬ ꉢꁱꂷ ꃀꐚ ꀋꆨ ꑌꐥ ꇬꀋ。', body: '<p>ꆀꋍꑌꐥꇬ ꀊꆨꌠ ꑌꐥꃅ ꉢꁱꂷ ꐚ。</p><p>ꅉꀋꆨꌠ ꇁꉌ ꌠꅉ ꑌꐥ。（演示译文，仅供界面展示）</p>' },
  },
  {
    title: '育儿补贴怎么领？三岁以下婴幼儿家庭看过来',
    summary: '本市户籍、三周岁以下婴幼儿的家庭，每孩每年可以领取育儿补贴，按年申请、直接发到社保卡。',
    stages: ['birth'], agencyCode: 'dept-health', format: 'text', docNumber: '临卫健发〔2026〕3号',
    intro: '为减轻家庭养育负担，市里对三周岁以下婴幼儿发放育儿补贴。',
    points: ['对象：本市户籍、未满三周岁的婴幼儿', '标准：每孩每年3600元，按月折算', '发放：补贴发到婴幼儿监护人的社保卡'],
    how: '每年1月至3月在小程序申请上一年度补贴，也可到社区卫生服务中心代办。',
  },
  {
    title: '生育医疗费用报销与生育津贴解读',
    summary: '参加职工医保的女职工生育，产检和分娩费用按规定报销，并可领取生育津贴。',
    stages: ['birth', 'social_security'], agencyCode: 'dept-medsec', format: 'text',
    intro: '生育保险与职工医保合并实施后，待遇仍然有保障。',
    points: ['产前检查费用按定额标准支付', '住院分娩费用按病种定额结算', '生育津贴按用人单位上年度职工月平均工资计算'],
    how: '出院时在医院直接结算；生育津贴由单位在分娩后一年内申报。',
  },
  // 学习
  {
    title: '2026年义务教育招生入学政策问答',
    summary: '小学和初中按学区免试就近入学，适龄儿童通过线上平台报名，随迁子女凭居住证入学。',
    stages: ['education'], agencyCode: 'dept-edu', format: 'text', docNumber: '临教发〔2026〕8号',
    intro: '今年招生继续坚持免试就近入学，报名全部线上进行。',
    points: ['6月1日至15日线上报名，不需要到学校提交纸质材料', '户籍与房产一致的优先在学区内安排', '随迁子女凭居住证和社保缴费记录申请'],
    how: '登录“临溪教育”平台报名，7月10日前公布录取结果。',
  },
  {
    title: '动漫：家庭经济困难学生资助一览',
    summary: '从学前到高中，家庭经济困难学生可以享受保育教育费减免、助学金和免学杂费等资助。',
    stages: ['education', 'assistance'], agencyCode: 'dept-edu', format: 'animation', mediaUrl: `${MEDIA}/student-aid.mp4`,
    intro: '不让一个学生因家庭经济困难而失学。',
    points: ['学前教育：减免保育教育费', '义务教育：寄宿生生活补助', '普通高中：国家助学金每生每年2000元'],
    how: '开学后一个月内向学校提出申请，学校评议后公示。',
  },
  {
    title: '职业技能培训补贴申领指南',
    summary: '参加职业技能培训并取得证书的劳动者，可以按证书等级申领培训补贴。',
    stages: ['education', 'employment'], agencyCode: 'dept-hrss', format: 'text', docNumber: '临人社发〔2026〕11号',
    intro: '学一门技能，政府给补贴。',
    points: ['取得职业资格证书或技能等级证书的给予补贴', '初级、中级、高级分档补贴', '每人每年只能享受一次'],
    how: '取得证书后12个月内，在人社公共服务平台线上申请。',
  },
  // 就业创业
  {
    title: '高校毕业生来临溪就业，能享受哪些补贴',
    summary: '毕业五年内的高校毕业生在本市就业，可享受生活补贴、租房补贴和见习补贴。',
    stages: ['employment'], agencyCode: 'dept-hrss', format: 'text', docNumber: '临人社发〔2026〕11号',
    intro: '为吸引青年人才，市里对来临溪就业的高校毕业生给予支持。',
    points: ['本科每月生活补贴500元，硕士800元，连续发放两年', '在本市无房的可申请租房补贴', '参加就业见习的按最低工资标准给予见习补贴'],
    how: '签订劳动合同并缴纳社保满三个月后，在线申请。',
  },
  {
    title: '创业担保贷款：个人最高可贷30万元',
    summary: '符合条件的个人创业者可以申请最高30万元的创业担保贷款，财政按规定贴息。',
    stages: ['employment', 'establishment'], agencyCode: 'dept-hrss', format: 'video', mediaUrl: `${MEDIA}/startup-loan.mp4`,
    intro: '创业缺资金，可以申请创业担保贷款。',
    points: ['个人最高30万元，小微企业最高400万元', '贷款期限最长3年', 'LPR减150个基点以上部分由财政贴息'],
    how: '向创业地的人社部门或合作银行提交申请，审核通过后放款。',
  },
  {
    title: '返乡入乡创业扶持政策解读',
    summary: '返乡创业人员可享受一次性创业补贴、场地租金减免和创业培训。',
    stages: ['employment'], agencyCode: 'dept-hrss', format: 'text',
    intro: '鼓励外出务工人员、高校毕业生返乡创业。',
    points: ['首次创业并正常经营一年以上的给予一次性补贴', '入驻创业孵化基地的三年内减免租金', '免费参加创业培训'],
    how: '向户籍所在乡镇（街道）便民服务中心申请。',
    status: 'agency_review',
  },
  {
    title: '失业登记和失业保险金申领',
    summary: '非本人意愿中断就业的参保人员，可以办理失业登记并按月领取失业保险金。',
    stages: ['employment', 'social_security'], agencyCode: 'dept-hrss', format: 'text',
    intro: '失业了，生活有保障，再就业有服务。',
    points: ['失业前参保缴费满一年', '非因本人意愿中断就业', '领取期限按缴费年限确定，最长24个月'],
    how: '在小程序或人社服务大厅办理失业登记后同步申领。',
    status: 'draft',
  },
  // 工作
  {
    title: '劳动合同怎么签？劳动者要知道的五件事',
    summary: '入职一个月内应当签订书面劳动合同，试用期、工资和社保都有明确规定。',
    stages: ['work', 'hiring'], agencyCode: 'dept-hrss', format: 'text',
    intro: '签好劳动合同，是保护自己权益的第一步。',
    points: ['用工之日起一个月内签订书面合同', '试用期最长不超过六个月', '未签书面合同的，单位应支付双倍工资'],
    how: '发生争议可拨打12333咨询，或向劳动人事争议仲裁委员会申请仲裁。',
  },
  {
    title: '工伤认定申请指南',
    summary: '职工在工作时间、工作场所因工作原因受伤的，单位应在30日内申请工伤认定。',
    stages: ['work'], agencyCode: 'dept-hrss', format: 'graphic', mediaUrl: `${MEDIA}/work-injury.png`,
    intro: '发生工伤，认定是享受待遇的前提。',
    points: ['单位应在事故发生之日起30日内申请', '单位未申请的，职工或家属一年内可以自行申请', '认定决定在受理后60日内作出'],
    how: '向市人社局工伤保险科提交申请表、劳动关系证明和医疗诊断。',
  },
  {
    title: '职称评审“绿色通道”怎么走',
    summary: '引进的高层次人才和做出突出贡献的专业技术人员，可以不受资历限制直接申报高级职称。',
    stages: ['work'], agencyCode: 'dept-hrss', format: 'text',
    intro: '业绩突出的人才不再论资排辈。',
    points: ['取得重大技术突破的可破格申报', '引进人才可直接认定相应职称', '评审结果在人社网站公示'],
    how: '通过所在单位向行业主管部门报送材料。',
    status: 'returned', returnComment: '请补充破格条件的具体标准和申报时间。',
  },
  // 社保就医
  {
    title: '2026年城乡居民医保缴费标准和时间',
    summary: '城乡居民医保个人缴费每人每年380元，集中缴费期为每年9月至12月。',
    stages: ['social_security'], agencyCode: 'dept-medsec', format: 'text', docNumber: '临医保发〔2026〕5号',
    intro: '按时缴费，来年看病才有保障。',
    points: ['个人缴费每人每年380元', '低保、特困人员个人缴费由政府资助', '集中缴费期外参保的，设置待遇等待期'],
    how: '可在微信、银行网点或村（社区）代收点缴费。',
    yi: { title: 'ꁧꂿꀋꑌ ꒉꀋ ꃀꐚ（彝文演示译文）', summary: 'ꀋꑌ ꒉꀋ ꉬꆹ 380 ꑍ，ꉢꁱꂷ ꃅ。', body: '<p>ꁧꂿꀋꑌ ꒉꀋ 380 ꑍ ꀋꆨ。</p><p>（演示译文，仅供界面展示）</p>' },
  },
  {
    title: '异地就医备案，线上几分钟就能办',
    summary: '长期在外地工作、居住或转外地就医的参保人，备案后可以在就医地直接结算。',
    stages: ['social_security'], agencyCode: 'dept-medsec', format: 'video', mediaUrl: `${MEDIA}/remote-care.mp4`,
    intro: '外地看病不用先垫钱再回来报销。',
    points: ['异地长期居住人员备案后长期有效', '临时外出就医人员备案有效期6个月', '备案后在定点医院直接结算'],
    how: '在国家医保服务平台或本市医保小程序线上备案。',
  },
  {
    title: '门诊慢特病待遇申请解读',
    summary: '患有高血压、糖尿病等慢特病的参保人，认定后门诊费用报销比例提高。',
    stages: ['social_security'], agencyCode: 'dept-medsec', format: 'text',
    intro: '慢病患者长期用药，负担可以减一点。',
    points: ['共有45种门诊慢特病', '认定后门诊报销比例提高到70%', '在定点医疗机构即可申请认定'],
    how: '携带病历到定点医院医保窗口申请，医院按月集中认定。',
    status: 'office_review',
  },
  // 车辆
  {
    title: '新能源汽车购置补贴政策已到期的说明',
    summary: '2023年版新能源汽车购置补贴办法已于2025年底到期失效，此前已受理的申请继续办理。',
    stages: ['vehicles'], agencyCode: 'dept-drc', format: 'text', docNumber: '临政办发〔2023〕21号',
    intro: '不少市民询问新能源车补贴，这里统一说明。',
    points: ['该办法自2026年1月1日起不再受理新申请', '2025年12月31日前已提交的申请照常审核发放', '国家层面的车辆购置税减免政策仍然适用'],
    how: '已申请的市民可在小程序查询办理进度。',
  },
  {
    title: '驾驶证到期换证，不用再跑车管所',
    summary: '驾驶证有效期满换证、损毁换证可以在手机上申请，新证邮寄到家。',
    stages: ['vehicles'], agencyCode: 'dept-psb', format: 'graphic', mediaUrl: `${MEDIA}/license-renewal.png`,
    intro: '换驾驶证，网上就能办。',
    points: ['有效期满前90日内可申请换证', '需提交本人近期照片和体检信息', '新证免费邮寄'],
    how: '通过“交管12123”申请，也可到任一车管服务站办理。',
  },
  {
    title: '市区公共停车场收费标准调整解读',
    summary: '市区公共停车场实行差别化收费，首小时免费，夜间停车优惠。',
    stages: ['vehicles'], agencyCode: 'dept-urban', format: 'text',
    intro: '为缓解停车难，市区停车收费标准作了调整。',
    points: ['所有公共停车场首小时免费', '核心区白天收费高于外围区域', '夜间20时至次日8时每次封顶10元'],
    how: '收费标准在各停车场入口公示，有疑问可拨打12345。',
  },
  // 住房
  {
    title: '住房公积金提取：租房、购房、还贷怎么取',
    summary: '职工租房、购买自住住房或偿还住房贷款，可以提取住房公积金，多数情形线上秒办。',
    stages: ['housing'], agencyCode: 'dept-housing', format: 'text', docNumber: '临住建发〔2026〕14号',
    intro: '公积金是职工自己的钱，住房用得上。',
    points: ['无房职工租房每月可提取1500元', '购买自住住房可提取本人及配偶账户余额', '偿还公积金贷款可按年或按月提取'],
    how: '在公积金小程序线上办理，资料齐全的当天到账。',
  },
  {
    title: '公共租赁住房申请条件和流程',
    summary: '本市中低收入住房困难家庭和新就业无房职工，可以申请公共租赁住房。',
    stages: ['housing', 'assistance'], agencyCode: 'dept-housing', format: 'graphic', mediaUrl: `${MEDIA}/public-rental.png`,
    intro: '买不起房、租房贵，可以申请公租房。',
    points: ['家庭人均收入低于上年度城镇居民人均可支配收入', '本人、配偶及子女在本市无自有住房', '租金按市场租金的一定比例收取'],
    how: '向户籍或工作所在的街道提出申请，经审核公示后轮候配租。',
  },
  {
    title: '老旧小区改造：居民关心的六个问题',
    summary: '老旧小区改造哪些内容、要不要居民出钱、加装电梯怎么办，一文说清。',
    stages: ['housing'], agencyCode: 'dept-housing', format: 'text',
    intro: '今年全市改造老旧小区42个。',
    points: ['基础类改造（水电气路）由政府投资', '加装电梯需本单元三分之二以上业主同意', '改造方案公示征求居民意见'],
    how: '关注所在社区公告，对方案有意见可在公示期内反映。',
  },
  {
    title: '不动产登记“带押过户”解读',
    summary: '二手房买卖时，卖方的房屋贷款未还清也可以办理过户，不用先筹钱还贷。',
    stages: ['housing'], agencyCode: 'dept-nrp', format: 'text',
    intro: '二手房交易更省钱、更省时。',
    points: ['买卖双方和贷款银行协商一致即可办理', '过户和抵押登记同步完成', '全程在不动产登记中心一窗办理'],
    how: '买卖双方携带身份证、购房合同和银行同意书到登记中心办理。',
  },
  // 救助
  {
    title: '最低生活保障：谁能申请、怎么申请',
    summary: '家庭人均收入低于当地低保标准且财产符合规定的，可以申请最低生活保障。',
    stages: ['assistance'], agencyCode: 'dept-civil', format: 'text', docNumber: '临民发〔2026〕6号',
    intro: '低保是兜住困难群众基本生活的一张网。',
    points: ['城市低保标准每人每月820元，农村每人每月650元', '可以在户籍地或经常居住地申请', '审核确认一般在30个工作日内完成'],
    how: '向乡镇（街道）提出申请，也可以通过小程序线上申请。',
    yi: { title: 'ꃅꄿꁨꆹ ꄮꐊ ꐚꀋ（彝文演示译文）', summary: 'ꁧꂿ ꉢꁱꂷ ꃅꄿ ꄮꐊ ꀋꆨ ꐚ。', body: '<p>ꃅꄿꁨꆹ ꄮꐊ ꉢꁱꂷ ꐚꀋ。</p><p>（演示译文，仅供界面展示）</p>' },
  },
  {
    title: '临时救助：遇到急难可以找谁',
    summary: '因火灾、交通事故、突发重病等导致基本生活陷入困境的家庭，可以申请临时救助。',
    stages: ['assistance'], agencyCode: 'dept-civil', format: 'animation', mediaUrl: `${MEDIA}/emergency-aid.mp4`,
    intro: '突如其来的困难，政府帮一把。',
    points: ['急难情形可以先救助后审核', '一般救助金额按低保标准的倍数确定', '不限户籍，在本市遇困即可申请'],
    how: '向所在乡镇（街道）或拨打12345申请。',
  },
  {
    title: '残疾人两项补贴申请指南',
    summary: '困难残疾人生活补贴和重度残疾人护理补贴，符合条件的可以同时申请。',
    stages: ['assistance'], agencyCode: 'dept-civil', format: 'text',
    intro: '两项补贴帮助残疾人解决生活和照护困难。',
    points: ['低保家庭中的残疾人可领生活补贴', '一级、二级及三级智力、精神残疾人可领护理补贴', '补贴按月发放到社保卡'],
    how: '持残疾人证到社区申请，也可线上提交。',
    status: 'final_review',
  },
  // 退休养老
  {
    title: '退休手续怎么办？企业职工退休全流程',
    summary: '企业职工达到退休年龄、缴费满15年的，由单位或本人申请，审批后按月领取养老金。',
    stages: ['retirement'], agencyCode: 'dept-hrss', format: 'graphic', mediaUrl: `${MEDIA}/retirement-flow.png`,
    intro: '快到退休年龄了，这些事要提前准备。',
    points: ['达到法定退休年龄且累计缴费满15年', '退休前三个月由单位或本人提出申请', '审批通过后次月开始发放养老金'],
    how: '在人社公共服务平台线上申报，或到社保经办窗口办理。',
  },
  {
    title: '养老金领取资格认证，刷脸就能办',
    summary: '领取养老金的退休人员每年认证一次，可以在手机上刷脸完成。',
    stages: ['retirement'], agencyCode: 'dept-hrss', format: 'video', mediaUrl: `${MEDIA}/pension-check.mp4`,
    intro: '每年一次认证，在家就能完成。',
    points: ['认证周期为12个月', '可以通过手机刷脸认证', '行动不便的可以申请工作人员上门'],
    how: '在“临溪人社”小程序选择“资格认证”。',
  },
  {
    title: '高龄津贴发放标准',
    summary: '本市户籍80周岁以上老年人按年龄段每月领取高龄津贴，年满即发、无需申请。',
    stages: ['retirement'], agencyCode: 'dept-civil', format: 'text',
    intro: '尊老敬老，高龄津贴“免申即享”。',
    points: ['80至89周岁每人每月100元', '90至99周岁每人每月300元', '100周岁以上每人每月800元'],
    how: '系统按户籍信息自动发放，有疑问可以咨询社区。',
  },
  {
    title: '居家养老服务补贴怎么用',
    summary: '经评估需要照护的困难老年人，可以用服务补贴购买助餐、助洁、助医等上门服务。',
    stages: ['retirement', 'assistance'], agencyCode: 'dept-civil', format: 'text',
    intro: '在家养老，也能享受专业服务。',
    points: ['补贴以服务券形式发放', '可在签约服务机构使用', '每月结算，当月未用完可结转'],
    how: '向社区申请能力评估，评估通过后签订服务协议。',
  },
  // 企业开办
  {
    title: '企业开办一网通办：一天领执照、刻公章、开户',
    summary: '企业登记、公章刻制、发票申领、社保登记和银行开户一次提交，一个工作日内办结。',
    stages: ['establishment'], agencyCode: 'dept-amr', format: 'graphic', docNumber: '临市监发〔2026〕9号', mediaUrl: `${MEDIA}/open-business.png`,
    intro: '开公司从“跑多个部门”变成“进一张网”。',
    points: ['全流程一个工作日内办结', '首套公章免费刻制', '电子营业执照与纸质执照同步发放'],
    how: '登录“企业开办一网通办”平台填报，或到政务服务中心企业开办专区。',
  },
  {
    title: '个体工商户登记常见问题',
    summary: '个体户登记可以用住宅作为经营场所吗？名称怎么起？一文解答。',
    stages: ['establishment'], agencyCode: 'dept-amr', format: 'text',
    intro: '摆摊开店，先把登记弄清楚。',
    points: ['部分行业允许使用住宅作为经营场所', '名称可以自主申报，系统即时比对', '登记不收取任何费用'],
    how: '在手机上通过“个体户登记”小程序办理。',
  },
  {
    title: '企业名称自主申报规则解读',
    summary: '企业名称由申请人自主选取、系统自动比对，不再需要预先核准。',
    stages: ['establishment'], agencyCode: 'dept-amr', format: 'text', docNumber: '临市监发〔2026〕9号',
    intro: '起名字更自由，也有需要避开的雷区。',
    points: ['名称由行政区划、字号、行业、组织形式组成', '与同行业已登记名称相同的不能使用', '不得含有误导公众的内容'],
    how: '在企业登记系统中自主申报，比对通过即可使用。',
    status: 'agency_review',
  },
  // 用工招聘
  {
    title: '吸纳就业补贴：企业招人有补助',
    summary: '小微企业吸纳高校毕业生、就业困难人员就业并缴纳社保的，可以申领一次性吸纳就业补贴。',
    stages: ['hiring'], agencyCode: 'dept-hrss', format: 'text', docNumber: '临人社发〔2026〕11号',
    intro: '企业多招人，政府给补贴。',
    points: ['招用毕业两年内高校毕业生的每人1500元', '签订一年以上劳动合同并缴纳社保满三个月', '补贴直接拨付到企业账户'],
    how: '企业在人社公共服务平台单位端申报。',
  },
  {
    title: '失业保险稳岗返还政策解读',
    summary: '不裁员或少裁员的参保企业，可以按规定返还部分上年度失业保险费。',
    stages: ['hiring', 'fees_taxes'], agencyCode: 'dept-hrss', format: 'text',
    intro: '稳住岗位，就是稳住就业。',
    points: ['中小微企业按上年度实缴失业保险费的60%返还', '大型企业按30%返还', '符合条件的“免申即享”，直接返还'],
    how: '系统自动比对，企业可在平台查询返还结果。',
  },
  {
    title: '招用外地员工的社保登记怎么办',
    summary: '企业新招用员工，应在用工之日起30日内为其办理社保登记，外地户籍员工同样适用。',
    stages: ['hiring'], agencyCode: 'dept-hrss', format: 'text',
    intro: '员工入职，社保登记不能拖。',
    points: ['用工之日起30日内办理', '外地户籍员工可以在本市参保', '社保关系转移可以线上申请'],
    how: '企业在社保经办系统单位端办理增员。',
  },
  // 生产经营
  {
    title: '惠企资金“免申即享”清单解读',
    summary: '部分惠企补贴已实现系统自动比对、直接拨付，企业不用再申请。',
    stages: ['operations'], agencyCode: 'dept-drc', format: 'text',
    intro: '政策找企业，不用企业找政策。',
    points: ['清单内的补贴由系统自动比对企业数据', '符合条件的直接拨付到企业对公账户', '清单每季度更新一次'],
    how: '在“惠企政策”平台查看清单和拨付结果。',
  },
  {
    title: '食品经营许可办理指南',
    summary: '开餐馆、卖预包装食品之外的食品，需要先办理食品经营许可证。',
    stages: ['operations', 'establishment'], agencyCode: 'dept-amr', format: 'graphic', mediaUrl: `${MEDIA}/food-license.png`,
    intro: '卖食品，先拿证。',
    points: ['仅销售预包装食品的只需备案', '申请材料齐全的当场受理', '现场核查后10个工作日内发证'],
    how: '在市场监管网上办事大厅提交申请。',
  },
  {
    title: '安全生产“一企一策”帮扶服务',
    summary: '中小企业可以申请免费的安全生产检查和整改指导，由专家上门服务。',
    stages: ['operations'], agencyCode: 'dept-eco', format: 'text',
    intro: '安全是企业最大的效益。',
    points: ['专家团队免费上门排查隐患', '出具一企一策整改建议', '整改情况回访复核'],
    how: '向所在园区或行业主管部门报名。',
    status: 'draft',
  },
  // 缴费纳税
  {
    title: '小微企业税费优惠政策一览',
    summary: '小型微利企业所得税、增值税小规模纳税人和“六税两费”减免政策汇总。',
    stages: ['fees_taxes'], agencyCode: 'dept-tax', format: 'graphic', docNumber: '临税发〔2026〕2号', mediaUrl: `${MEDIA}/small-business-tax.png`,
    intro: '小微企业减税降费，一张图看明白。',
    points: ['小型微利企业所得税实际税负5%', '小规模纳税人月销售额10万元以下免征增值税', '“六税两费”减半征收'],
    how: '申报时系统自动带出优惠，无需另行申请。',
  },
  {
    title: '社保费缴费基数申报解读',
    summary: '用人单位每年按职工上年度月平均工资申报社保缴费基数，有上下限。',
    stages: ['fees_taxes', 'hiring'], agencyCode: 'dept-tax', format: 'text',
    intro: '缴费基数关系到职工将来的待遇。',
    points: ['基数下限为全省平均工资的60%', '基数上限为全省平均工资的300%', '每年7月集中申报'],
    how: '在电子税务局社保费模块申报。',
  },
  {
    title: '涉企收费目录清单公示说明',
    summary: '本市涉企行政事业性收费和政府性基金全部列入清单，清单之外一律不得收取。',
    stages: ['fees_taxes'], agencyCode: 'dept-drc', format: 'text',
    intro: '收什么费，清单说了算。',
    points: ['清单在政府网站常年公示', '清单外收费企业有权拒绝', '发现乱收费可以拨打12345举报'],
    how: '在市发展改革委网站查看最新清单。',
  },
  // 破产注销
  {
    title: '企业简易注销：20天公示期后就能注销',
    summary: '未开业或无债权债务的企业，公示20天无异议即可申请简易注销。',
    stages: ['deregistration'], agencyCode: 'dept-amr', format: 'text', docNumber: '临政办发〔2026〕17号',
    intro: '企业退出市场，也可以很简单。',
    points: ['适用于未开业或无债权债务的企业', '在国家企业信用信息公示系统公示20天', '公示期满无异议的当场办结'],
    how: '通过企业注销网上服务专区提交申请。',
  },
  {
    title: '税务注销即办服务解读',
    summary: '未办理过涉税事宜或无欠税的纳税人，可以即时办结税务注销。',
    stages: ['deregistration', 'fees_taxes'], agencyCode: 'dept-tax', format: 'text',
    intro: '税务注销不再层层审核。',
    points: ['未领用发票、无欠税的即时办结', '资料不全的可以“承诺制”容缺办理', '全程网上办理'],
    how: '登录电子税务局申请清税证明。',
  },
  {
    title: '破产案件中职工债权怎么申报',
    summary: '企业破产时拖欠的职工工资和社保费用优先清偿，职工无需申报，由管理人调查公示。',
    stages: ['deregistration'], agencyCode: 'dept-hrss', format: 'animation', mediaUrl: `${MEDIA}/bankruptcy-wages.mp4`,
    intro: '企业破产了，职工的钱怎么办？',
    points: ['拖欠的工资、医疗伤残补助优先清偿', '职工债权由管理人调查后列出清单公示', '对清单有异议的可以要求更正'],
    how: '关注管理人公告，有疑问可以向人社部门咨询。',
  },
];
