import { PASSWORD_POLICY } from '@weimin/contracts';

const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/];

/** docs/security.md §12: at least 8 characters from at least three of lower case, upper case, digits and symbols. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_POLICY.minLength) problems.push(`密码至少${PASSWORD_POLICY.minLength}位`);
  if (password.length > PASSWORD_POLICY.maxLength) problems.push(`密码不超过${PASSWORD_POLICY.maxLength}位`);
  if (CLASSES.filter((pattern) => pattern.test(password)).length < PASSWORD_POLICY.minClasses) {
    problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  }
  return problems;
}
