import type { ExecutionResult } from 'graphql';
import { processRegularResult, type Plugin } from 'graphql-yoga';
import { jsonBytes } from '../json-bytes.js';

/** Serializes as yoga would (it hands a result's own `stringify` what it would give JSON.stringify), into bytes. */
function stringifyToBytes(result: unknown): Buffer {
  return jsonBytes(result);
}

/**
 * Has yoga write every JSON answer as UTF-8 bytes encoded once, instead of a string that the
 * response and the socket encode again (slowly for an answer with non-ASCII text: see
 * `utf8Bytes`). The answer goes through yoga's own JSON processing all the same: status,
 * headers, content type and errors (with yoga's internals left out) are exactly yoga's, and so
 * are the bytes, those of `JSON.stringify` of what yoga would have written.
 *
 * Only answers bound for yoga's JSON processor (`application/json`,
 * `application/graphql-response+json`), and only those without a serialization of their own
 * (the response cache's stored answers are bytes already).
 */
export function useJsonBytes(): Plugin {
  return {
    onResultProcess(payload) {
      const { result } = payload;
      if (payload.resultProcessor !== processRegularResult) return;
      if (Array.isArray(result) || Symbol.asyncIterator in result || Object.hasOwn(result, 'stringify')) return;
      const answer: ExecutionResult = { ...(result as ExecutionResult) };
      Object.defineProperty(answer, 'stringify', { value: stringifyToBytes, enumerable: false });
      payload.setResult(answer);
    },
  };
}
