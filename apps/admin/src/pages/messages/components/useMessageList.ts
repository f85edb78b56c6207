import type { Page, StaffMessageQuery, StaffMessageSummary } from '@weimin/contracts';
import type { TablePaginationConfig } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { listMessages } from '../../../api/messages';
import { useApiData, type ApiData } from '../../../hooks/useApiData';

const PAGE_SIZES = [20, 50, 100];

type Filters = Omit<StaffMessageQuery, 'page' | 'pageSize'>;

export interface MessageList {
  /** The URL's query string: filters live there, so a filtered list can be linked to and survives a reload. */
  params: URLSearchParams;
  setFilter: (key: string, value: string | number | boolean | undefined) => void;
  list: ApiData<Page<StaffMessageSummary>>;
  pagination: TablePaginationConfig;
}

/**
 * A server-paged message list for `filters` (parsed by the page from `params`). A new filter goes back to page 1.
 * The BFF lists newest first.
 */
export function useMessageList(toFilters: (params: URLSearchParams) => Filters, defaultPageSize = PAGE_SIZES[1]): MessageList {
  const [params, setParams] = useSearchParams();
  const [paging, setPaging] = useState({ page: 1, pageSize: defaultPageSize });
  const filters = toFilters(params);
  const key = JSON.stringify(filters);
  const list = useApiData((signal) => listMessages({ ...filters, ...paging }, signal), [key, paging]);

  const setFilter = useCallback(
    (name: string, value: string | number | boolean | undefined) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === undefined || value === '') next.delete(name);
          else next.set(name, String(value));
          return next;
        },
        { replace: true },
      );
      setPaging((previous) => ({ ...previous, page: 1 }));
    },
    [setParams],
  );

  const pagination: TablePaginationConfig = {
    current: paging.page,
    pageSize: paging.pageSize,
    total: list.data?.total ?? 0,
    pageSizeOptions: PAGE_SIZES,
    showSizeChanger: true,
    showTotal: (total) => `共 ${total} 件`,
    onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
  };

  return { params, setFilter, list, pagination };
}

/** A positive integer from the URL, or undefined. */
export function idParam(value: string | null): number | undefined {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** One of `allowed` from the URL, or undefined. */
export function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}
