import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { chinaDay, endOfChinaDay } from '../../calendar/working-days';
import type { CitizenCaller } from '../../citizens/citizen-principal';
import { Citizen } from '../../citizens/citizen.entity';
import { Clock } from '../../common/clock/clock';
import { Interview } from '../../interviews/interview.entity';
import { InterviewsAdminService } from '../../interviews/interviews-admin.service';
import { InterviewsService } from '../../interviews/interviews.service';
import { MessagesAdminService } from '../../messages/messages-admin.service';
import { StaffAccount } from '../../staff/staff-account.entity';
import { demoCallerOf } from './demo-caller';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** `hour` o'clock China time, `daysAgo` days before the China day of `now` (negative: days ahead). */
function atChinaHour(now: Date, daysAgo: number, hour: number): Date {
  const day = chinaDay(new Date(now.getTime() - daysAgo * DAY_MS));
  return new Date(endOfChinaDay(day).getTime() + 1 - (24 - hour) * HOUR_MS);
}

interface DemoQuestion {
  key: string;
  content: string;
  contactName: string;
  /** Answered live: the guest's answer. Without one, the question becomes a message when the interview ends. */
  answer?: string;
}

interface DemoInterview {
  title: string;
  summary: string;
  guestAgencyCode: string;
  guestName: string;
  guestTitle: string;
  /** How far along its story is when the demo is loaded. */
  stage: 'collecting' | 'live' | 'ended';
  questions: DemoQuestion[];
  remarks: string[];
}

/** Demo text (演示数据): three interviews of the demo city, one at each stage a citizen meets. */
export const DEMO_INTERVIEWS: DemoInterview[] = [
  {
    title: '2026年稳就业惠民生政策在线访谈',
    summary: '（演示数据）市人社局负责人解读今年稳就业政策：灵活就业社保补贴、失业保险稳岗返还和高校毕业生就业服务。',
    guestAgencyCode: 'dept-hrss',
    guestName: '李明',
    guestTitle: '市人社局副局长',
    stage: 'ended',
    remarks: ['各位网友大家好，欢迎收看本期在线访谈。', '本期访谈到此结束，未及答复的问题将在5个工作日内由市人社局答复。'],
    questions: [
      {
        key: 'I01',
        content: '灵活就业人员的社保补贴怎么申请？需要什么材料？',
        contactName: '陈晓',
        answer: '在小程序“社保补贴”栏目在线申请，提供身份证和灵活就业登记即可，每季度审核发放。',
      },
      {
        key: 'I02',
        content: '企业稳岗返还今年还有吗？什么时候到账？',
        contactName: '刘海',
        answer: '今年继续实施，符合条件的企业无需申请，经办机构核定后于6月底前直接返还。',
      },
      { key: 'I03', content: '应届毕业生在外地就业，档案应该放在哪里？', contactName: '王芳' },
      { key: 'I04', content: '失业保险金领完后还能领取其他补助吗？', contactName: '赵强' },
    ],
  },
  {
    title: '义务教育阶段招生入学政策在线访谈',
    summary: '（演示数据）市教育局负责人介绍今年义务教育招生入学安排，在线回答家长关心的问题。',
    guestAgencyCode: 'dept-edu',
    guestName: '张华',
    guestTitle: '市教育局副局长',
    stage: 'live',
    remarks: ['各位家长朋友们好，今天我们请到了市教育局的负责同志。'],
    questions: [
      { key: 'I11', content: '随迁子女入学需要准备哪些材料？', contactName: '孙丽', answer: '需要居住证、监护人就业或社保证明和户口簿，可在招生系统上传。' },
      { key: 'I12', content: '学区划分今年会调整吗？在哪里可以查到？', contactName: '周杰' },
    ],
  },
  {
    title: '城区供水管网改造工程在线访谈（预告）',
    summary: '（演示数据）市供水公司介绍城区老旧管网改造计划和施工期间的停水安排，现正征集网友问题。',
    guestAgencyCode: 'pe-water-city',
    guestName: '吴刚',
    guestTitle: '市供水公司总经理',
    stage: 'collecting',
    remarks: [],
    questions: [{ key: 'I21', content: '管网改造期间停水会提前多久通知？', contactName: '郑宇' }],
  },
];

/**
 * The demo interviews (DEMO_INTERVIEWS), scheduled, run and ended by 周敏 (office.staff) through the console's own
 * services at past moments (Clock.at), their questions asked by demo citizens through the citizens' service. The ended
 * one's unanswered questions become messages at its end, and the guest agency replies to them two days later: they are
 * private (not on the board) and answered (not overdue), so the demo messages' figures stay as they were apart from
 * them (test/api/demo-messages.e2e-spec.ts counts messages without an interview). Idempotent: matched by title.
 */
@Injectable()
export class InterviewDemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly interviews: InterviewsAdminService,
    private readonly questions: InterviewsService,
    private readonly messages: MessagesAdminService,
  ) {}

  async seed(now = new Date()): Promise<number> {
    const existing = new Set((await this.dataSource.getRepository(Interview).find({ select: { title: true } })).map((i) => i.title));
    const wanted = DEMO_INTERVIEWS.filter((seed) => !existing.has(seed.title));
    if (wanted.length === 0) return 0;
    const agencies = new Map(
      (await this.dataSource.getRepository(Agency).findBy({ code: In(wanted.map((seed) => seed.guestAgencyCode)) })).map((agency) => [agency.code, agency]),
    );
    const accounts = await this.dataSource
      .getRepository(StaffAccount)
      .find({ where: { username: In(['office.staff', 'hrss.staff']) }, relations: { agency: true } });
    const office = accounts.find((a) => a.username === 'office.staff');
    const hrss = accounts.find((a) => a.username === 'hrss.staff');
    if (!office || !hrss) return 0;
    let added = 0;
    for (const seed of wanted) {
      const agency = agencies.get(seed.guestAgencyCode);
      if (!agency) continue;
      await this.add(seed, agency, now, demoCallerOf(office), demoCallerOf(hrss));
      added += 1;
    }
    return added;
  }

  private async add(seed: DemoInterview, agency: Agency, now: Date, office: ReturnType<typeof demoCallerOf>, guestStaff: ReturnType<typeof demoCallerOf>) {
    // Ended: 20 days ago; live: began half an hour ago; collecting: a week ahead. Each announced ten days before.
    const startsAt =
      seed.stage === 'ended' ? atChinaHour(now, 20, 10) : seed.stage === 'live' ? new Date(now.getTime() - 30 * MINUTE_MS) : atChinaHour(now, -7, 10);
    const announcedAt = new Date(Math.min(startsAt.getTime(), now.getTime()) - 10 * DAY_MS);
    const at = (offsetMs: number) => new Date(announcedAt.getTime() + offsetMs);
    const { id } = await this.clock.at(at(0), () =>
      this.interviews.create(office, {
        title: seed.title,
        summary: seed.summary,
        guestAgencyId: agency.id,
        guestName: seed.guestName,
        guestTitle: seed.guestTitle,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 90 * MINUTE_MS).toISOString(),
        hostStaffId: office.id,
      }),
    );
    await this.clock.at(at(DAY_MS), () => this.interviews.step(office, id, 'collect'));
    const asked = new Map<string, number>();
    for (const [index, question] of seed.questions.entries()) {
      const citizenRow = await this.dataSource
        .getRepository(Citizen)
        .save({ openid: `demo-citizen-${question.key}`, unionid: null, phoneEncrypted: null, lastLoginAt: null });
      const citizen: CitizenCaller = { id: citizenRow.id, openid: citizenRow.openid, ip: `demo-seed-${question.key}`, traceId: 'demo-seed' };
      const { view } = await this.clock.at(at(2 * DAY_MS + index * HOUR_MS), () =>
        this.questions.ask(citizen, id, `demo-seed-${question.key}-${citizen.id}`.padEnd(16, '0'), {
          content: question.content,
          contactName: question.contactName,
          contactPhone: `1390000${question.key.slice(1).padStart(4, '0')}`,
          // Kept off the board: the demo board shows the demo messages only.
          isPublic: false,
        }),
      );
      // Where WeChat's check is configured but unreachable (a seed run offline) it holds the question: the office lets it through.
      if (view.visibility === 'held')
        await this.clock.at(at(2 * DAY_MS + index * HOUR_MS + MINUTE_MS), () => this.interviews.moderate(office, view.id, 'shown'));
      asked.set(question.key, view.id);
    }
    if (seed.stage === 'collecting') return;

    await this.clock.at(startsAt, () => this.interviews.step(office, id, 'start'));
    let minute = 1;
    const entryAt = () => new Date(startsAt.getTime() + minute++ * 5 * MINUTE_MS);
    const [opening, closing] = seed.remarks;
    if (opening) await this.clock.at(entryAt(), () => this.interviews.publishEntry(office, id, { kind: 'remark', text: opening }));
    for (const question of seed.questions.filter((q) => q.answer)) {
      await this.clock.at(entryAt(), () =>
        this.interviews.publishEntry(office, id, { kind: 'qa', questionId: asked.get(question.key)!, text: question.answer! }),
      );
    }
    if (seed.stage === 'live') return;

    if (closing) await this.clock.at(entryAt(), () => this.interviews.publishEntry(office, id, { kind: 'remark', text: closing }));
    const endedAt = new Date(startsAt.getTime() + 90 * MINUTE_MS);
    const ended = await this.clock.at(endedAt, () => this.interviews.step(office, id, 'end'));
    await this.clock.at(new Date(endedAt.getTime() + 2 * HOUR_MS), () =>
      this.interviews.setVideo(office, id, 'https://media.linxi.example.cn/interviews/2026-employment.mp4'),
    );
    // 会后答复: the guest agency answers the converted questions two days later, well within the 5 working days.
    const converted = (await this.interviews.questions(office, ended.id)).filter((q) => q.messageId !== null);
    for (const [index, question] of converted.entries()) {
      await this.clock.at(new Date(endedAt.getTime() + 2 * DAY_MS + index * HOUR_MS), () =>
        this.messages.reply(guestStaff, question.messageId!, '<p>（演示数据）感谢您在访谈中的提问，答复如下：请携带身份证到市人社局服务大厅咨询办理。</p>'),
      );
    }
  }
}
