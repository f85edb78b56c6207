import { Flex, Spin } from 'antd';

/** Before the console knows who is signed in, or while the login page's chunk loads. */
export function FullPageLoading() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}
