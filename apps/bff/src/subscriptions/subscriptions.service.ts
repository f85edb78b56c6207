import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AgencyKind, ErrorCode, MySubscriptionsView, SubscribeGrantView, SubscriptionView } from '@weimin/contracts';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import type { AppConfig } from '../config/configuration';
import type { SubscribeTemplatesConfig } from '../wechat/subscribe-templates';
import type { SubscribeGrant } from './subscribe-grant.entity';
import type { SubscriptionRow } from './subscription.repository';
import { SubscriptionStore } from './subscription.store';

/**
 * 订阅: a citizen follows public enterprises and institutions (one tap to follow, one to stop) and reports the
 * subscribe-message authorisations WeChat gave (wx.requestSubscribeMessage); the outbox spends them, one per message.
 */
@Injectable()
export class SubscriptionsService {
  private readonly templates: SubscribeTemplatesConfig;

  constructor(
    private readonly store: SubscriptionStore,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.templates = config.get('wechat.subscribeTemplates', { infer: true });
  }

  async mine(caller: CitizenCaller): Promise<MySubscriptionsView> {
    const { subscriptions } = this.store.repositories;
    const [rows, grants] = await Promise.all([subscriptions.listForCitizen(caller.id), subscriptions.grantsOf(caller.id)]);
    return { items: rows.map(toSubscriptionView), grants: grants.map(toGrantView) };
  }

  /** Follows an active public enterprise or institution; following it again is the same. Anything else is a 400. */
  async subscribe(caller: CitizenCaller, agencyId: number): Promise<SubscriptionView> {
    const { subscriptions, agencies } = this.store.repositories;
    const agency = await agencies.findActive(agencyId);
    if (!agency || agency.kind !== AgencyKind.PublicEnterprise) {
      throw new DomainException(ErrorCode.SubscriptionNotAPublicUnit, '只能订阅在用的公共企事业单位', [
        { field: 'agencyId', messages: ['not an active public enterprise or institution'] },
      ]);
    }
    await subscriptions.add(caller.id, agencyId, this.clock.now());
    const row = (await subscriptions.listForCitizen(caller.id)).find((item) => item.agencyId === agencyId)!;
    return toSubscriptionView(row);
  }

  /** 取消订阅: nothing more is sent for the unit, including announcements already queued (the worker checks). */
  async unsubscribe(caller: CitizenCaller, agencyId: number): Promise<void> {
    await this.store.repositories.subscriptions.remove(caller.id, agencyId);
  }

  /** One grant per template the citizen accepted; long-term where the configuration says the category allows it. */
  async recordGrants(caller: CitizenCaller, accepted: readonly SubscribeGrant['template'][]): Promise<SubscribeGrantView[]> {
    const now = this.clock.now();
    await this.store.transaction(async ({ subscriptions }) => {
      for (const template of new Set(accepted)) await subscriptions.recordGrant(caller.id, template, this.templates[template].longTerm, now);
    });
    return (await this.store.repositories.subscriptions.grantsOf(caller.id)).map(toGrantView);
  }
}

function toSubscriptionView(row: SubscriptionRow): SubscriptionView {
  return { agencyId: row.agencyId, agencyName: row.agencyName, industry: row.industry, subscribedAt: row.createdAt.toISOString() };
}

function toGrantView(grant: SubscribeGrant): SubscribeGrantView {
  return { template: grant.template, oneTimeLeft: grant.oneTimeLeft, longTerm: grant.longTerm };
}
