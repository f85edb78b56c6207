import { Col, Flex, Row } from 'antd';
import { AgencyCountsCard } from './components/AgencyCountsCard';
import { MyAccountCard } from './components/MyAccountCard';
import { SystemHealthCard } from './components/SystemHealthCard';
import { WorkbenchCard } from './components/WorkbenchCard';

/** 工作台: the caller's own work first. Each card loads its own data, so one failing source does not blank the page. */
export default function DashboardPage() {
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <WorkbenchCard />
      </Col>
      <Col xs={24} xl={9}>
        <Flex vertical gap={16}>
          <MyAccountCard />
          <SystemHealthCard />
        </Flex>
      </Col>
      <Col xs={24} xl={15}>
        <AgencyCountsCard />
      </Col>
    </Row>
  );
}
