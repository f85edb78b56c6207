import { emptyApplication, FORM_FIELDS, missingFields, serverFieldErrors, toRequest } from './form';

describe('the 依申请公开 application form', () => {
  it('sends a person with a resident ID and no organisation kind; 不确定 leaves the agency out', () => {
    const body = toRequest({
      ...emptyApplication(),
      organisationKind: 'business',
      applicantName: ' 张三 ',
      certificateNumber: '11010119900307123x',
      contactPhone: '13812345678',
      postalAddress: '临溪市人民路1号',
      infoTitle: '养老保险基金收支',
      infoDescription: '请提供2025年度养老保险基金收支情况。',
    });
    expect(body).toEqual({
      applicantKind: 'person',
      applicantName: '张三',
      certificateType: 'id_card',
      certificateNumber: '11010119900307123X',
      contactPhone: '13812345678',
      postalAddress: '临溪市人民路1号',
      infoTitle: '养老保险基金收支',
      infoDescription: '请提供2025年度养老保险基金收支情况。',
      form: 'electronic',
      deliveryMethod: 'online',
    });
  });

  it('sends an organisation with its kind, a credit code and the agency asked', () => {
    const body = toRequest({
      ...emptyApplication(),
      applicantKind: 'organisation',
      organisationKind: 'research',
      agencyId: 7,
      infoDocumentNumber: '临人社发〔2025〕3号',
    });
    expect(body).toMatchObject({
      applicantKind: 'organisation',
      organisationKind: 'research',
      certificateType: 'credit_code',
      agencyId: 7,
      infoDocumentNumber: '临人社发〔2025〕3号',
    });
  });

  it('names every empty required field, the organisation kind and the email only when they apply', () => {
    expect(Object.keys(missingFields(emptyApplication())).sort()).toEqual(
      ['applicantName', 'certificateNumber', 'contactPhone', 'infoDescription', 'infoTitle', 'postalAddress'].sort(),
    );
    const organisation = missingFields({ ...emptyApplication(), applicantKind: 'organisation', deliveryMethod: 'email' });
    expect(organisation).toMatchObject({ organisationKind: '请选择组织类型', email: expect.any(String), applicantName: '请填写组织名称' });
  });

  it('puts the messages of a 400 beside their fields and keeps the rest', () => {
    const { fields, other } = serverFieldErrors(
      {
        code: 'VALIDATION_FAILED',
        details: [
          { field: 'certificateNumber', messages: ['请填写18位居民身份证号码'] },
          { field: 'Idempotency-Key', messages: ['a 16-64 character key is required'] },
        ],
      },
      FORM_FIELDS,
    );
    expect(fields).toEqual({ certificateNumber: '请填写18位居民身份证号码' });
    expect(other).toEqual(['a 16-64 character key is required']);
    expect(serverFieldErrors({ code: 'CONFLICT', details: [] }, FORM_FIELDS)).toEqual({ fields: {}, other: [] });
  });
});
