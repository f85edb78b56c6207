import { Checkbox, type GetProps } from 'antd';

type CheckboxGroupProps = GetProps<typeof Checkbox.Group>;

/**
 * A Checkbox.Group as a Form.Item's control. Form.Item gives its control aria-required when the field is required, but
 * the group's role (group) may not carry it (axe: aria-allowed-attr, issue 15); the field's label still shows the
 * requirement and a missing choice is announced through the field's error message (aria-describedby).
 */
export function CheckboxGroupField(props: CheckboxGroupProps & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  return <Checkbox.Group {...rest} />;
}
