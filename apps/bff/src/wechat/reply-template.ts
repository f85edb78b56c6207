/**
 * The 答复通知 subscribe-message template: which of its fields carry the case number and the status. The keys come
 * from the template chosen in the MP console (订阅消息 → 我的模板 → 详情), e.g. `character_string1` and `phrase2`,
 * configured as WECHAT_REPLY_TEMPLATE_FIELDS and checked at start: a key the template lacks makes every send fail
 * with errcode 47003.
 */
export interface ReplyTemplateFields {
  caseNo: string;
  status: string;
}

/** Field types that hold a case number such as 2026-000123 (letters, digits and symbols) and a status such as 已答复. */
export const REPLY_TEMPLATE_FIELDS_PATTERN = /^(character_string|number|letter|symbol|thing)\d{1,2},(phrase|thing)\d{1,2}$/;

/** WeChat's length limit per field type (characters); longer values make the send fail with 47003. */
const MAX_LENGTH: Record<string, number> = { character_string: 32, number: 32, letter: 32, symbol: 5, thing: 20, phrase: 5 };

/** `character_string1,phrase2` → { caseNo: 'character_string1', status: 'phrase2' }. The pattern has been checked at start. */
export function parseReplyTemplateFields(value: string): ReplyTemplateFields {
  if (!REPLY_TEMPLATE_FIELDS_PATTERN.test(value)) throw new Error(`WECHAT_REPLY_TEMPLATE_FIELDS: not a case-number field and a status field (got "${value}")`);
  const [caseNo, status] = value.split(',');
  return { caseNo, status };
}

function fit(key: string, value: string): string {
  const max = MAX_LENGTH[key.replace(/\d+$/, '')] ?? 20;
  const characters = Array.from(value);
  return characters.length <= max ? value : characters.slice(0, max).join('');
}

/** The template's data: the case number and the status only, never names or phone numbers (docs/security.md §5). */
export function replyTemplateData(fields: ReplyTemplateFields, notice: { caseNo: string; status: string }): Record<string, { value: string }> {
  return { [fields.caseNo]: { value: fit(fields.caseNo, notice.caseNo) }, [fields.status]: { value: fit(fields.status, notice.status) } };
}
