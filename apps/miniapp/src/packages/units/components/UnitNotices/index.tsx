import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { NOTICE_SECTION_LABELS, type NoticeSection, type NoticeSummary, type UnitNoticesView } from '@weimin/contracts';
import { useState } from 'react';
import { Tappable } from '../../../../components/Tappable';
import { formatDate, formatDateTime } from '../../../../format/datetime';
import './index.scss';

function Validity({ notice }: { notice: NoticeSummary }) {
  if (notice.expired) return <Text className="notices__expired">已过期</Text>;
  if (!notice.validFrom && !notice.validUntil) return null;
  return (
    <Text className="notices__validity">
      {notice.validFrom ? formatDateTime(notice.validFrom) : ''}
      {notice.validUntil ? ` 至 ${formatDateTime(notice.validUntil)}` : ' 起'}
    </Text>
  );
}

/** A unit's three sections as tabs (便民公告 first), each a list of notice titles opening the detail page. */
export function UnitNotices({ notices }: { notices: UnitNoticesView }) {
  const [current, setCurrent] = useState<NoticeSection>(notices.sections[0]?.section ?? 'announcements');
  const section = notices.sections.find((s) => s.section === current);

  return (
    <View className="card">
      <View className="notices__tabs" role="tablist">
        {notices.sections.map((s) => (
          <Tappable
            key={s.section}
            role="tab"
            selected={s.section === current}
            className={s.section === current ? 'notices__tab notices__tab--active' : 'notices__tab'}
            onTap={() => setCurrent(s.section)}
          >
            {NOTICE_SECTION_LABELS[s.section]}
          </Tappable>
        ))}
      </View>
      {section && section.notices.length === 0 && <Text className="muted">暂无{NOTICE_SECTION_LABELS[current]}</Text>}
      {section?.notices.map((notice, index) => (
        <Tappable
          key={notice.id}
          role="link"
          label={notice.title}
          className={index === 0 ? 'notices__item' : 'notices__item notices__item--divided'}
          hoverClass="notices__item--active"
          onTap={() => void Taro.navigateTo({ url: `/packages/units/pages/notice/index?id=${notice.id}` })}
        >
          <Text className="notices__item-title">{notice.title}</Text>
          <View className="notices__item-meta">
            <Text>{formatDate(notice.publishedAt)}</Text>
            <Validity notice={notice} />
          </View>
        </Tappable>
      ))}
    </View>
  );
}
