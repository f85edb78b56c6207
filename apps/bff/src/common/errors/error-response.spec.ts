import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ErrorCode } from '@weimin/contracts';
import { DomainException } from './domain.exception';
import { loggableError, toErrorResponse } from './error-response';
import { httpStatusOf } from './error-status';

describe('toErrorResponse', () => {
  it('keeps a domain error as it is, with its details', () => {
    const res = toErrorResponse(new DomainException(ErrorCode.Conflict, '状态不对', { state: 'replied' }), 't1');
    expect(res).toEqual({ status: 409, body: { code: 'CONFLICT', message: '状态不对', details: { state: 'replied' }, traceId: 't1' }, unexpected: false });
  });

  it('maps framework errors by status, without their messages', () => {
    expect(toErrorResponse(new NotFoundException('Cannot GET /secret/path'), 't2').body).toEqual({
      code: 'NOT_FOUND',
      message: '请求的内容不存在',
      traceId: 't2',
    });
    expect(toErrorResponse(new BadRequestException('Unexpected token'), 't3').status).toBe(400);
    expect(toErrorResponse(Object.assign(new Error('too big'), { statusCode: 413 }), 't4').body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('hides anything else behind a 500 and asks for it to be logged', () => {
    const res = toErrorResponse(new Error("ER_DUP_ENTRY: Duplicate entry '13812345678' for key 'phone'"), 't5');
    expect(res).toEqual({ status: 500, body: { code: 'INTERNAL', message: expect.any(String), traceId: 't5' }, unexpected: true });
    expect(JSON.stringify(res.body)).not.toContain('Duplicate');
  });

  it('answers 503 for a database that went away, bare or wrapped by TypeORM, and logs it', () => {
    const lost = Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true });
    const wrapped = Object.assign(new Error('Query failed'), { driverError: lost });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
    // A deadlock still there after the transaction was retried: try again later, not a fault of the BFF.
    const deadlock = Object.assign(new Error('Query failed'), { driverError: { code: 'ER_LOCK_DEADLOCK', errno: 1213 } });
    for (const error of [lost, wrapped, refused, deadlock]) {
      expect(toErrorResponse(error, 't6')).toEqual({
        status: 503,
        body: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String), traceId: 't6' },
        unexpected: true,
      });
    }
    expect(toErrorResponse(Object.assign(new Error('syntax'), { code: 'ER_PARSE_ERROR' }), 't7').status).toBe(500);
  });

  it('logs no phone number from an error message', () => {
    const logged = loggableError(new Error("Duplicate entry '13812345678' for key 'phone'"));
    expect(JSON.stringify(logged)).not.toContain('13812345678');
  });

  it('has an HTTP status for every error code', () => {
    for (const code of Object.values(ErrorCode)) expect(httpStatusOf(code)).toBeGreaterThanOrEqual(400);
  });
});
