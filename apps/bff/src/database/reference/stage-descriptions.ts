import type { LifeEventStage } from '@weimin/contracts';

/** What a citizen finds under each stage; written for the mini-program's stage pages. */
export const STAGE_DESCRIPTIONS: Record<LifeEventStage, string> = {
  birth: '生育登记、出生医学证明、新生儿落户与参保、育儿补贴等政策怎么办、找谁办。',
  education: '入园入学、学籍转接、学生资助、职业培训和继续教育的政策说明。',
  employment: '求职登记、就业补贴、创业担保贷款、返乡创业扶持等政策解读。',
  work: '劳动合同、工资支付、工伤认定、职称评审和人才引进的政策要点。',
  social_security: '养老、医疗、失业保险的参保缴费，异地就医备案和医保报销。',
  vehicles: '机动车上牌、年检、驾驶证换领、新能源车补贴和停车收费政策。',
  housing: '公积金提取与贷款、保障性住房申请、不动产登记和老旧小区改造。',
  assistance: '最低生活保障、特困供养、临时救助、残疾人和困境儿童帮扶。',
  retirement: '退休手续、养老金领取资格认证、高龄津贴和居家养老服务。',
  establishment: '企业登记、名称申报、刻章、开户和涉企证照“一件事”办理。',
  hiring: '招用员工的社保登记、稳岗返还、吸纳就业补贴和用工备案。',
  operations: '行业准入、安全生产、质量标准、惠企资金申报和政府采购。',
  fees_taxes: '税费申报、减税降费、社保费缴纳和涉企收费清单。',
  deregistration: '简易注销、破产清算、税务注销和债权申报的流程说明。',
};
