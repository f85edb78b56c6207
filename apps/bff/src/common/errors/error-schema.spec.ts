import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES } from '@weimin/contracts';
import { withErrorBody } from './error-schema';

describe('withErrorBody', () => {
  const document = (): OpenAPIObject => ({
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: { '/api/x': { get: { responses: { '200': { description: 'ok' } } }, post: { responses: { default: { description: 'own' } } } } },
  });

  it('lists every error code of libs/contracts with its status and text', () => {
    const schema = withErrorBody(document()).components!.schemas!.ErrorBody as {
      properties: { code: { enum: string[]; description: string } };
      'x-error-codes': Record<string, unknown>;
    };
    expect([...schema.properties.code.enum].sort()).toEqual(Object.keys(ERROR_CODES).sort());
    expect(schema.properties.code.enum).toContain('MESSAGE_NOT_ASSIGNED_TO_YOU');
    expect(schema['x-error-codes'].MESSAGE_NOT_ASSIGNED_TO_YOU).toEqual({ status: 403, message: ERROR_CODES.MESSAGE_NOT_ASSIGNED_TO_YOU.message });
    expect(schema.properties.code.description).toContain(`MESSAGE_ALREADY_REPLIED (409): ${ERROR_CODES.MESSAGE_ALREADY_REPLIED.message}`);
  });

  it('gives every operation a default error response, keeping one it declares itself', () => {
    const paths = withErrorBody(document()).paths['/api/x'];
    expect(paths.get!.responses.default).toEqual(
      expect.objectContaining({ content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } }),
    );
    expect(paths.post!.responses.default).toEqual({ description: 'own' });
  });
});
