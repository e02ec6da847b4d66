#!/usr/bin/env node
import cluster from 'node:cluster';
import { endOnBrokenPipe } from './end-on-broken-pipe.js';
import { preferProductionGraphql } from './prefer-production-graphql.js';

// `diplomacy-graph query … | head`: when the reader goes away, end quietly, not with a stack trace.
endOnBrokenPipe(process.stdout);
endOnBrokenPipe(process.stderr);
// Before graphql-js loads (run-cli imports it): it reads NODE_ENV once.
preferProductionGraphql(process.argv.slice(2), process.env);
const { runCli } = await import('./run-cli.js');

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
// A `serve --workers` worker that failed to start: its channel to the primary would keep it alive.
if (cluster.isWorker && process.exitCode !== 0) process.exit();
