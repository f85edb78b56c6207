import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AgencyKind, INDUSTRY_LABELS, type AgencyView, type Industry } from '@weimin/contracts';
import { pageRoot } from '../../a11y/page-root';
import { Skeleton } from '../../components/Skeleton';
import { StatusView } from '../../components/StatusView';
import { Tappable } from '../../components/Tappable';
import { useRemote } from '../../hooks/useRemote';
import { listAgencies } from '../../services/agencies';
import './index.scss';

interface IndustryGroup {
  label: string;
  units: AgencyView[];
}

/** Groups in the order of INDUSTRY_LABELS (国办发〔2020〕50号), empty industries left out. */
function groupByIndustry(units: AgencyView[]): IndustryGroup[] {
  const industries = Object.keys(INDUSTRY_LABELS) as Industry[];
  const groups = industries.map((industry) => ({ label: INDUSTRY_LABELS[industry], units: units.filter((u) => u.industry === industry) }));
  groups.push({ label: '其他', units: units.filter((u) => u.industry === null) });
  return groups.filter((group) => group.units.length > 0);
}

export default function UnitsPage() {
  const units = useRemote(() => listAgencies({ kind: AgencyKind.PublicEnterprise }), []);

  return (
    <View {...pageRoot('units')}>
      {units.loading && <Skeleton count={5} />}
      {units.error && <StatusView kind="error" message={units.error.message} onRetry={units.reload} />}
      {units.data && units.data.length === 0 && <StatusView kind="empty" message="暂无公共企事业单位信息" />}
      {units.data &&
        groupByIndustry(units.data).map((group) => (
          <View key={group.label} className="card">
            <View className="section-title">{group.label}</View>
            {group.units.map((unit, index) => (
              <Tappable
                key={unit.id}
                role="link"
                label={unit.name}
                className={index === 0 ? 'units__item' : 'units__item units__item--divided'}
                hoverClass="units__item--active"
                onTap={() => void Taro.navigateTo({ url: `/packages/units/pages/detail/index?id=${unit.id}` })}
              >
                <Text className="units__name">{unit.name}</Text>
                <Text className="units__arrow">›</Text>
              </Tappable>
            ))}
          </View>
        ))}
    </View>
  );
}
