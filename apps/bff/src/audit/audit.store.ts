import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLogs } from './audit-log.repository';

/** The audit log on the default connection, for searching it. Writing goes through a feature's transaction (AuditTrail). */
@Injectable()
export class AuditStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get logs(): AuditLogs {
    return new AuditLogs(this.dataSource.manager);
  }
}
