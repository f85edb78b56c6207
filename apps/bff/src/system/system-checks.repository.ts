import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What health asks of the database: whether it answers at all. */
@Injectable()
export class SystemChecks {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True when a trivial query comes back, false when it fails (it may also never come back: the caller bounds the wait). */
  databaseAnswers(): Promise<boolean> {
    return this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
  }
}
