import { PASSWORD_POLICY } from '@weimin/contracts';
import type { FormRule } from 'antd';

// The BFF's validation, mirrored so staff see a mistake before they submit. The BFF stays the authority: what it
// still refuses comes back as `details` and lands on the same fields (useFormSubmit).

/** apps/bff/src/staff/dto/staff-account.dto.ts */
const USERNAME = /^[a-z][a-z0-9._-]{2,63}$/;
/** apps/bff/src/agencies/dto/agency-admin.dto.ts */
const AGENCY_CODE = /^[a-z][a-z0-9-]{1,47}$/;
const HOTLINE = /^[\d\-+ ]{3,32}$/;

export const usernameRules: FormRule[] = [
  { required: true, message: '请输入用户名' },
  { pattern: USERNAME, message: '用户名为3-64位小写字母、数字、点、横线或下划线，以字母开头' },
];

export const displayNameRules: FormRule[] = [
  { required: true, whitespace: true, message: '请输入姓名' },
  { max: 32, message: '姓名不超过32个字' },
];

export const agencyCodeRules: FormRule[] = [
  { required: true, message: '请输入机构代码' },
  { pattern: AGENCY_CODE, message: '机构代码为2-48位小写字母、数字或横线，以字母开头' },
];

export const agencyNameRules: FormRule[] = [
  { required: true, whitespace: true, message: '请输入机构名称' },
  { min: 2, max: 64, message: '机构名称为2-64个字' },
];

export const hotlineRules: FormRule[] = [{ pattern: HOTLINE, message: '服务电话格式不正确' }];

/** docs/security.md §12 as the BFF words it (apps/bff/src/staff/password-policy.ts). */
export const PASSWORD_POLICY_TEXT = `至少${PASSWORD_POLICY.minLength}位，包含大写字母、小写字母、数字、符号中的至少三类`;

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/];

function passwordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_POLICY.minLength) return `密码至少${PASSWORD_POLICY.minLength}位`;
  if (password.length > PASSWORD_POLICY.maxLength) return `密码不超过${PASSWORD_POLICY.maxLength}位`;
  if (CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length < PASSWORD_POLICY.minClasses) {
    return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  }
  return undefined;
}

/** For a password being set (new account, reset, change). */
export const newPasswordRules: FormRule[] = [
  { required: true, message: '请输入密码' },
  {
    validator: async (_rule, value: string | undefined) => {
      const problem = value ? passwordProblem(value) : undefined;
      if (problem) throw new Error(problem);
    },
  },
];

/** For the "type it again" field beside a new password named `passwordField`. */
export function confirmPasswordRules(passwordField: string): FormRule[] {
  return [
    { required: true, message: '请再次输入密码' },
    ({ getFieldValue }) => ({
      validator: async (_rule, value: string | undefined) => {
        if (value && value !== getFieldValue(passwordField)) throw new Error('两次输入的密码不一致');
      },
    }),
  ];
}

/** apps/bff/src/messages/dto/staff-message.dto.ts: a reason (退回, 屏蔽, 重办, 申请延期) is 2-500 characters. */
export const REASON_MAX = 500;

export function reasonRules(what: string): FormRule[] {
  return [
    { required: true, whitespace: true, message: `请填写${what}` },
    { min: 2, message: `${what}至少2个字` },
    { max: REASON_MAX, message: `${what}不超过${REASON_MAX}个字` },
  ];
}

/** 交办 and 改派 notes, extension decisions: optional, up to 500 characters. */
export const noteRules: FormRule[] = [{ max: REASON_MAX, message: `不超过${REASON_MAX}个字` }];

/** An extension is 1-15 working days. */
export const EXTENSION_WORKDAYS = { min: 1, max: 15 } as const;

/** apps/bff/src/routing/routing-rules-admin.controller.ts */
export const routingKeywordRules: FormRule[] = [
  { required: true, whitespace: true, message: '请输入关键词' },
  { max: 32, message: '关键词不超过32个字' },
];

export const ROUTING_PRIORITY = { min: -100, max: 100 } as const;
