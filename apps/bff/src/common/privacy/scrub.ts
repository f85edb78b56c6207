/** Mainland mobile numbers (1[3-9] + 9 digits) and 18-character resident ID numbers. */
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const RESIDENT_ID = /(?<![\dXx])\d{17}[\dXx](?![\dXx])/g;

/** Replaces phone and ID numbers inside free text so it can be logged or shown publicly. */
export function scrubNumbers(text: string): string {
  return text.replace(RESIDENT_ID, '[身份证号已隐藏]').replace(PHONE, '[电话已隐藏]');
}
