import { InvalidArgumentError } from '../errors.js';

/**
 * The integer argument `name`: `fallback` when absent, otherwise `value`, which must be an integer
 * in `[min, max]` (an {@link InvalidArgumentError} names the allowed range if it is not).
 */
export function intArgument(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}
