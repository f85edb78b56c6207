import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';

/** A card title with a way back to the page the user came from, then what the page is about. */
export function BackTitle({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Flex gap={12} align="center" wrap>
      <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
      {children}
    </Flex>
  );
}
