import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

export interface Connection<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PaginatedQuery<TData, TNode> {
  /** The latest page's whole answer (for fields next to the connection). */
  data?: TData;
  nodes: TNode[];
  hasNextPage: boolean;
  /** True while the first page or the next page is being fetched. */
  fetching: boolean;
  error?: CombinedError;
  loadMore: () => void;
  /** Starts again from the first page (after a change, or when the user asks to reload). */
  reload: () => void;
}

/**
 * A Relay-style connection read page by page ("load more"). Pages are fetched from the network
 * every time: lists change under other users' hands, and the pages are appended here, not cached.
 */
export function usePaginatedQuery<TData, TVariables extends AnyVariables & { after?: string | null }, TNode>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
  selectConnection: (data: TData) => Connection<TNode> | null | undefined,
): PaginatedQuery<TData, TNode> {
  const client = useClient();
  const [data, setData] = useState<TData>();
  const [nodes, setNodes] = useState<TNode[]>([]);
  const [pageInfo, setPageInfo] = useState<Connection<TNode>['pageInfo']>({ hasNextPage: false });
  const [fetching, setFetching] = useState(true);
  const [error, setError] = useState<CombinedError>();
  // Answers to an earlier generation (before a reload or new variables) are dropped.
  const generation = useRef(0);
  const variablesKey = JSON.stringify(variables);
  const selectRef = useRef(selectConnection);
  selectRef.current = selectConnection;

  const fetchPage = useCallback(
    async (after: string | null, append: boolean) => {
      const mine = ++generation.current;
      setFetching(true);
      const vars = { ...(JSON.parse(variablesKey) as object), after } as TVariables;
      const result = await client.query(document, vars, { requestPolicy: 'network-only' }).toPromise();
      if (mine !== generation.current) return;
      setFetching(false);
      setError(result.error);
      if (result.data) setData(result.data);
      const connection = result.data ? selectRef.current(result.data) : undefined;
      if (!connection) return;
      const page = connection.edges.map((edge) => edge.node);
      setNodes((previous) => (append ? [...previous, ...page] : page));
      setPageInfo(connection.pageInfo);
    },
    [client, document, variablesKey],
  );

  useEffect(() => {
    void fetchPage(null, false);
  }, [fetchPage]);

  return {
    data,
    nodes,
    hasNextPage: pageInfo.hasNextPage,
    fetching,
    error,
    loadMore: () => void fetchPage(pageInfo.endCursor ?? null, true),
    reload: () => void fetchPage(null, false),
  };
}
