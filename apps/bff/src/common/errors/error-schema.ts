import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ERROR_CODES, type ErrorCode } from '@weimin/contracts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

/**
 * Documents the one error shape in OpenAPI, once for every feature: an `ErrorBody` schema whose `code` lists every
 * ErrorCode of libs/contracts (ERROR_CODES) with its HTTP status and text, and a `default` response with that schema on
 * every operation. A code added to a feature's error-codes file appears here by itself.
 */
export function withErrorBody(document: OpenAPIObject): OpenAPIObject {
  const codes = Object.keys(ERROR_CODES).sort() as ErrorCode[];
  const described = codes.map((code) => `${code} (${ERROR_CODES[code].status}): ${ERROR_CODES[code].message}`);
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      ErrorBody: {
        type: 'object',
        description: 'Every error the API answers with (docs/architecture.md). `code` names what went wrong; the HTTP status of a code never changes.',
        required: ['code', 'message'],
        properties: {
          code: {
            type: 'string',
            enum: codes,
            description: `What went wrong, one of:\n${described.map((line) => `- ${line}`).join('\n')}`,
            // Generators that know them (openapi-generator, NSwag) name each value with its text.
            'x-enum-descriptions': described,
          } as SchemaObject,
          message: { type: 'string', description: 'Chinese text for the person using the client.' },
          details: { description: 'For VALIDATION_FAILED: `[{ field, messages }]`; for some refusals, what the decision looked at.' },
          traceId: { type: 'string', description: 'Correlates the answer with the server log line.' },
        },
        'x-error-codes': Object.fromEntries(codes.map((code) => [code, ERROR_CODES[code]])),
      } as SchemaObject,
    },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (operation && !operation.responses?.default) {
        operation.responses = {
          ...operation.responses,
          default: { description: '错误：`code` 见 ErrorBody', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
        };
      }
    }
  }
  return document;
}
