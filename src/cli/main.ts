#!/usr/bin/env node
import { preferProductionGraphql } from './prefer-production-graphql.js';

// Before graphql-js loads (run-cli imports it): it reads NODE_ENV once.
preferProductionGraphql(process.argv.slice(2), process.env);
const { runCli } = await import('./run-cli.js');

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
