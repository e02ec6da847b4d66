import { describe, expect, it } from 'vitest';
import { preferProductionGraphql, servesInProduction } from '../../src/cli/prefer-production-graphql.js';

describe('servesInProduction', () => {
  it('is true for serve --mode production in either spelling', () => {
    expect(servesInProduction(['serve', '--mode', 'production'])).toBe(true);
    expect(servesInProduction(['serve', '--port', '0', '--mode=production'])).toBe(true);
  });
  it('is false for other modes, other commands and arguments after --', () => {
    expect(servesInProduction(['serve'])).toBe(false);
    expect(servesInProduction(['serve', '--mode', 'development'])).toBe(false);
    expect(servesInProduction(['query', '--mode', 'production'])).toBe(false);
    expect(servesInProduction(['serve', '--', '--mode', 'production'])).toBe(false);
  });
});

describe('preferProductionGraphql', () => {
  it('sets NODE_ENV=production when serving in production with NODE_ENV unset', () => {
    const env: NodeJS.ProcessEnv = {};
    preferProductionGraphql(['serve', '--mode', 'production'], env);
    expect(env).toEqual({ NODE_ENV: 'production' });
  });
  it('leaves an explicit NODE_ENV and other commands alone', () => {
    const explicit: NodeJS.ProcessEnv = { NODE_ENV: 'staging' };
    preferProductionGraphql(['serve', '--mode', 'production'], explicit);
    expect(explicit).toEqual({ NODE_ENV: 'staging' });
    const other: NodeJS.ProcessEnv = {};
    preferProductionGraphql(['serve'], other);
    expect(other).toEqual({});
  });
});
