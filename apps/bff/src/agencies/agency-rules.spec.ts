import { agencyCreateRefusal, agencyDisableRefusal, industryFor } from './agency-rules';

describe('agency rules', () => {
  it('refuses a code in use, with the field named', () => {
    expect(agencyCreateRefusal('department', { codeTaken: true, officeExists: true })).toEqual({
      code: 'AGENCY_CODE_TAKEN',
      message: expect.any(String),
      details: [{ field: 'code', messages: [expect.any(String)] }],
    });
  });

  it('refuses a second office but not another department', () => {
    expect(agencyCreateRefusal('office', { codeTaken: false, officeExists: true })?.code).toBe('AGENCY_OFFICE_EXISTS');
    expect(agencyCreateRefusal('office', { codeTaken: false, officeExists: false })).toBeNull();
    expect(agencyCreateRefusal('department', { codeTaken: false, officeExists: true })).toBeNull();
  });

  it('never disables the office', () => {
    expect(agencyDisableRefusal({ kind: 'office' })?.code).toBe('AGENCY_OFFICE_CANNOT_BE_DISABLED');
    expect(agencyDisableRefusal({ kind: 'township' })).toBeNull();
  });

  it('asks a public enterprise for its industry and drops it for any other kind', () => {
    expect(industryFor('public_enterprise', null)).toEqual({ refusal: expect.objectContaining({ code: 'AGENCY_INDUSTRY_REQUIRED' }) });
    expect(industryFor('public_enterprise', 'water_supply')).toEqual({ industry: 'water_supply' });
    expect(industryFor('department', 'water_supply')).toEqual({ industry: null });
  });
});
