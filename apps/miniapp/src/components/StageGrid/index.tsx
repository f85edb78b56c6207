import { Text, View } from '@tarojs/components';
import type { LifeEventStage, LifeEventStageView } from '@weimin/contracts';
import './index.scss';
import { Tappable } from '../Tappable';

/** One character standing for each stage, drawn in a tinted circle: lighter than image icons. */
const STAGE_GLYPHS: Record<LifeEventStage, string> = {
  birth: '婴',
  education: '学',
  employment: '创',
  work: '工',
  social_security: '医',
  vehicles: '车',
  housing: '房',
  assistance: '助',
  retirement: '老',
  establishment: '开',
  hiring: '聘',
  operations: '营',
  fees_taxes: '税',
  deregistration: '销',
};

interface Props {
  title: string;
  stages: LifeEventStageView[];
  onSelect: (stage: LifeEventStageView) => void;
}

export function StageGrid({ title, stages, onSelect }: Props) {
  return (
    <View className="card stage-grid">
      <View className="section-title">{title}</View>
      <View className="stage-grid__items">
        {stages.map((stage) => (
          <Tappable key={stage.code} className="stage-grid__item" hoverClass="stage-grid__item--active" label={stage.name} onTap={() => onSelect(stage)}>
            <View className={`stage-grid__glyph stage-grid__glyph--${stage.audience}`} aria-hidden="true">
              <Text>{STAGE_GLYPHS[stage.code]}</Text>
            </View>
            <Text className="stage-grid__name">{stage.name}</Text>
          </Tappable>
        ))}
      </View>
    </View>
  );
}
