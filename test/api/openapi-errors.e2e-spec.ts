import { startTestApp, TEST_DB, type TestApp } from '../support/api-app';

// Issue 11: error codes name what went wrong, per feature, and OpenAPI lists them all in one place.
describe(`OpenAPI documents the error codes (${TEST_DB})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('/api/docs-json has an ErrorBody whose code lists every feature’s codes, and operations answer with it', async () => {
    const document = (await t.request('/api/docs-json')).body;
    const errorBody = document.components.schemas.ErrorBody;
    expect(errorBody.properties.code.enum).toEqual(expect.arrayContaining(['MESSAGE_NOT_ASSIGNED_TO_YOU', 'OUTBOX_ITEM_NOT_RESENDABLE', 'VALIDATION_FAILED']));
    expect(errorBody['x-error-codes'].MESSAGE_NOT_ASSIGNED_TO_YOU.status).toBe(403);
    expect(document.paths['/api/admin/messages/{id}/reply'].post.responses.default.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ErrorBody',
    });
  });
});
