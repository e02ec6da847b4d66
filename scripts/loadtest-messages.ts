/** Messages between the load test's driver (scripts/loadtest.ts) and its server (scripts/loadtest-server.mjs). */
export type LoadtestServerMessage =
  | { readonly type: 'ready'; readonly url: string; readonly version: string }
  | { readonly type: 'memory'; readonly usage: NodeJS.MemoryUsage; readonly gc: boolean }
  | { readonly type: 'stopped' };
