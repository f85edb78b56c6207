import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/configuration';
import { StaffModule } from '../staff/staff.module';
import { resolveDataSourceOptions } from './data-source';
import { DatabaseBootstrapService } from './database-bootstrap.service';
import { ReadRouting } from './read-routing';
import { serializeTransactions } from './sqlite-transactions';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: async (config: ConfigService<AppConfig, true>) => ({
        ...(await resolveDataSourceOptions(config.get('database', { infer: true }))),
        // Keep retrying at boot while the database comes up (e.g. MariaDB started alongside the BFF).
        retryAttempts: 10,
        retryDelay: 1000,
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        if (dataSource.options.type === 'better-sqlite3') serializeTransactions(dataSource);
        return dataSource;
      },
    }),
    StaffModule,
  ],
  providers: [DatabaseBootstrapService, ReadRouting],
})
export class DatabaseModule {}
