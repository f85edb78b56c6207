/**
 * Masking for public views (docs/security.md §15, docs/domain.md §3): 张三 → 张*, 欧阳娜娜 → 欧阳**, 138****1234.
 * Compound surnames keep both characters; names in Latin letters (or other scripts) keep their first letter only.
 */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '万俟',
  '闻人',
  '澹台',
  '公冶',
  '宗政',
  '濮阳',
  '太叔',
  '申屠',
  '钟离',
  '百里',
  '呼延',
]);
const HAN = /^\p{Script=Han}+$/u;

export function maskName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '';
  const chars = [...trimmed];
  if (HAN.test(trimmed)) {
    const keep = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
    return chars.slice(0, keep).join('') + '*'.repeat(Math.max(1, chars.length - keep));
  }
  // 阿卜杜·热合曼, Maria Garcia: the first letter, then one star — length itself can identify.
  return `${chars[0]}*`;
}

export function maskPhone(phone: string): string {
  // +86 / 0086 country code dropped, so the mask shows the number a citizen recognises.
  const digits = phone.replace(/\D/g, '').replace(/^(?:00)?86(?=1\d{10}$)/, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
