import type { StaffSolicitationQuery } from '@weimin/contracts';
import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { listSolicitations } from '../../../api/solicitations';
import { useApiData } from '../../../hooks/useApiData';

/** A server-paged solicitation list for `filters`; a change of filters goes back to page 1. */
export function usePagedSolicitations(filters: Omit<StaffSolicitationQuery, 'page' | 'pageSize'>) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20, key: '' });
  const key = JSON.stringify(filters);
  const page = paging.key === key ? paging.page : 1;
  const list = useApiData((signal) => listSolicitations({ ...filters, page, pageSize: paging.pageSize }, signal), [key, page, paging.pageSize]);
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize: paging.pageSize,
    total: list.data?.total ?? 0,
    showSizeChanger: true,
    showTotal: (total) => `共 ${total} 条`,
    onChange: (next, pageSize) => setPaging({ page: pageSize === paging.pageSize ? next : 1, pageSize, key }),
  };
  return { list, pagination };
}
