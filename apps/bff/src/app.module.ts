import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BoardModule } from './board/board.module';
import { CitizensModule } from './citizens/citizens.module';
import { CacheModule } from './common/cache/cache.module';
import { ClockModule } from './common/clock/clock.module';
import { SharedStateModule } from './common/shared-state/shared-state.module';
import type { AppConfig } from './config/configuration';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './database/seeds/demo.module';
import { DisclosureModule } from './disclosure/disclosure.module';
import { InterpretationsModule } from './interpretations/interpretations.module';
import { MessagesModule } from './messages/messages.module';
import { NoticesModule } from './notices/notices.module';
import { ImageStorageModule } from './photos/image-storage.module';
import { PhotosModule } from './photos/photos.module';
import { ReportsModule } from './reports/reports.module';
import { SchedulingModule } from './scheduling/scheduling.module';
import { SettingsModule } from './settings/settings.module';
import { SolicitationsModule } from './solicitations/solicitations.module';
import { StaffModule } from './staff/staff.module';
import { StagesModule } from './stages/stages.module';
import { StatsModule } from './stats/stats.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { SystemModule } from './system/system.module';
import { WechatModule } from './wechat/wechat.module';
import { WorkbenchModule } from './workbench/workbench.module';
import { WxacodesModule } from './wxacodes/wxacodes.module';

@Module({})
export class AppModule {
  /** The configuration is loaded and validated once, before Nest starts, and handed in here. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, ignoreEnvVars: true, load: [() => config] }),
        DatabaseModule,
        SharedStateModule,
        ClockModule,
        CacheModule,
        WechatModule,
        AuditModule,
        AuthModule,
        StaffModule,
        SystemModule,
        SettingsModule,
        AgenciesModule,
        StagesModule,
        CitizensModule,
        DisclosureModule,
        ReportsModule,
        ImageStorageModule,
        MessagesModule,
        PhotosModule,
        SchedulingModule,
        DemoModule,
        BoardModule,
        StatsModule,
        NoticesModule,
        WxacodesModule,
        SubscriptionsModule,
        InterpretationsModule,
        WorkbenchModule,
        SolicitationsModule,
      ],
    };
  }
}
