import type { ValidationError } from '@nestjs/common';
import { FIELD_ERRORS_LISTED, validationFailure } from './validation';

const unknownProperty = (property: string): ValidationError => ({
  property,
  constraints: { whitelistValidation: `property ${property} should not exist` },
  children: [],
});

describe('validationFailure', () => {
  it('lists every problem when there are few', () => {
    const error = validationFailure([unknownProperty('a'), unknownProperty('b')]);
    expect(error.message).toBe('请求参数有误');
    expect(error.details).toEqual([
      { field: 'a', messages: ['property a should not exist'] },
      { field: 'b', messages: ['property b should not exist'] },
    ]);
  });

  it('lists the first few, clipped, and counts them all', () => {
    const error = validationFailure(Array.from({ length: 5000 }, (_, i) => unknownProperty(`k${i}${'x'.repeat(10_000)}`)));
    const details = error.details as { field: string; messages: string[] }[];
    expect(details).toHaveLength(FIELD_ERRORS_LISTED);
    expect(error.message).toBe(`请求参数有误：共 5000 处问题，列出前 ${FIELD_ERRORS_LISTED} 处`);
    expect(details[0].field.startsWith('k0x')).toBe(true);
    expect(JSON.stringify(details).length).toBeLessThan(4000);
  });
});
