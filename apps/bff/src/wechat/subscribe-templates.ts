import { SubscribeTemplate } from '@weimin/contracts';
import { parseReplyTemplateFields, type ReplyTemplateFields, replyTemplateData } from './reply-template';

/**
 * The 便民公告通知 template's keys for the unit and the notice's title (WECHAT_ANNOUNCEMENT_TEMPLATE_FIELDS), both
 * `thing` fields (20 characters; longer values are cut, as WeChat would refuse them with 47003).
 */
export interface AnnouncementTemplateFields {
  unit: string;
  title: string;
}

export const ANNOUNCEMENT_TEMPLATE_FIELDS_PATTERN = /^thing\d{1,2},thing\d{1,2}$/;
export const LONG_TERM_TEMPLATES_PATTERN = /^((announcement|progress)(,(announcement|progress))*)?$/;

/** How the BFF sends each subscribe template of 订阅 (issue 16): its id (unset: not sent), its keys, one-time or long-term. */
export interface SubscribeTemplatesConfig {
  announcement: { id?: string; fields: AnnouncementTemplateFields; longTerm: boolean };
  /** 办理进度: the case number and the status, like the reply template. */
  progress: { id?: string; fields: ReplyTemplateFields; longTerm: boolean };
}

export function parseAnnouncementTemplateFields(value: string): AnnouncementTemplateFields {
  if (!ANNOUNCEMENT_TEMPLATE_FIELDS_PATTERN.test(value))
    throw new Error(`WECHAT_ANNOUNCEMENT_TEMPLATE_FIELDS: not two thing fields, the unit and the title (got "${value}")`);
  const [unit, title] = value.split(',');
  return { unit, title };
}

/** `announcement,progress` → the templates the mini-program's category may ask for long-term (长期订阅). */
export function parseLongTermTemplates(value: string): SubscribeTemplate[] {
  if (!LONG_TERM_TEMPLATES_PATTERN.test(value)) throw new Error(`WECHAT_LONG_TERM_TEMPLATES: a list of announcement, progress (got "${value}")`);
  return value ? (value.split(',') as SubscribeTemplate[]) : [];
}

export function subscribeTemplatesConfig(env: {
  announcementId?: string;
  announcementFields: string;
  progressId?: string;
  progressFields: string;
  longTerm: string;
}): SubscribeTemplatesConfig {
  const longTerm = parseLongTermTemplates(env.longTerm);
  return {
    announcement: {
      id: env.announcementId,
      fields: parseAnnouncementTemplateFields(env.announcementFields),
      longTerm: longTerm.includes(SubscribeTemplate.Announcement),
    },
    progress: { id: env.progressId, fields: parseReplyTemplateFields(env.progressFields), longTerm: longTerm.includes(SubscribeTemplate.Progress) },
  };
}

const THING_MAX = 20;
const fit = (value: string) => Array.from(value).slice(0, THING_MAX).join('');

/** 便民公告通知's data: the unit and the title, both public (no citizen's name or number, docs/security.md §5). */
export function announcementTemplateData(fields: AnnouncementTemplateFields, notice: { unit: string; title: string }): Record<string, { value: string }> {
  return { [fields.unit]: { value: fit(notice.unit) }, [fields.title]: { value: fit(notice.title) } };
}

/** 办理进度通知's data: the case number and the status only, as the reply notice. */
export const progressTemplateData = replyTemplateData;
