import { GraphQLError } from 'graphql';

/** Limits of one execution (see `QueryLimits`). */
export interface ExecutionBudgetLimits {
  readonly executionTimeoutMs: number;
  readonly maxResultFields: number;
  readonly maxResultChars: number;
}

/** How often (in resolved fields) the clock is read; the first field always reads it. */
const CLOCK_EVERY = 64;

/**
 * What one operation may still spend: time until its deadline, fields, characters of strings.
 * Resolvers wrapped by `withExecutionBudget` charge it; once it is exhausted it aborts its
 * `signal` with a coded GraphQL error, which stops the executor at the next field, whether the
 * work is synchronous or not.
 */
export class ExecutionBudget {
  /** Made on the first read of {@link signal}: an AbortSignal costs microseconds to make, and graphql-jit never reads it. */
  #controller: AbortController | null = null;
  /** The error the budget ran out with, once it has. */
  #reason: GraphQLError | null = null;
  readonly #limits: ExecutionBudgetLimits;
  readonly #now: () => number;
  readonly #deadline: number;
  #fields = 0;
  #chars = 0;

  constructor(limits: ExecutionBudgetLimits, now: () => number = () => performance.now()) {
    this.#limits = limits;
    this.#now = now;
    this.#deadline = now() + limits.executionTimeoutMs;
  }

  /** Aborted, with the error as reason, once the budget is exhausted. */
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#reason) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  /** The error the budget ran out with (`EXECUTION_TIMEOUT` or `RESULT_TOO_LARGE`), or null while it has not. */
  get reason(): GraphQLError | null {
    return this.#reason;
  }

  /** Charges one field about to resolve; throws the abort reason once the budget is exhausted. */
  enterField(): void {
    if (this.#reason) throw this.#reason;
    this.#fields += 1;
    if (this.#fields > this.#limits.maxResultFields) {
      throw this.#abort(
        'RESULT_TOO_LARGE',
        `The result exceeds ${this.#limits.maxResultFields} fields. Ask for fewer items (first/limit) or fewer nested lists.`,
      );
    }
    if (this.#fields % CLOCK_EVERY === 1 && this.#now() >= this.#deadline) throw this.expire();
  }

  /**
   * Charges `count` fields at once: the leaf fields of an object that resolve without a resolver
   * of their own (see `withExecutionBudget`). Reads the clock when the count passes a multiple of
   * the clock interval.
   */
  chargeFields(count: number): void {
    if (count <= 0) return;
    if (this.#reason) throw this.#reason;
    const before = this.#fields;
    this.#fields += count;
    if (this.#fields > this.#limits.maxResultFields) {
      throw this.#abort(
        'RESULT_TOO_LARGE',
        `The result exceeds ${this.#limits.maxResultFields} fields. Ask for fewer items (first/limit) or fewer nested lists.`,
      );
    }
    if (Math.floor(before / CLOCK_EVERY) !== Math.floor(this.#fields / CLOCK_EVERY) && this.#now() >= this.#deadline) throw this.expire();
  }

  /**
   * Whether the budget is exhausted, reading the clock: past the deadline it expires the budget
   * (see {@link expire}) and says true. Graph work that runs long between fields asks this.
   */
  pastDeadline(): boolean {
    if (!this.#reason && this.#now() >= this.#deadline) this.expire();
    return this.#reason !== null;
  }

  /** Charges the characters of a string that resolves without a resolver of its own (see {@link chargeFields}). */
  chargeText(text: string): void {
    this.#addChars(text.length);
  }

  /** Fields charged so far. */
  get fieldsCharged(): number {
    return this.#fields;
  }

  /** Characters of text charged so far. */
  get charsCharged(): number {
    return this.#chars;
  }

  /** Charges the characters of a resolved value (a string or a list of strings). */
  chargeValue(value: unknown): void {
    let chars = 0;
    if (typeof value === 'string') chars = value.length;
    else if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string') chars += item.length;
      }
    }
    this.#addChars(chars);
  }

  #addChars(chars: number): void {
    this.#chars += chars;
    if (this.#chars > this.#limits.maxResultChars) {
      throw this.#abort(
        'RESULT_TOO_LARGE',
        `The result exceeds ${this.#limits.maxResultChars} characters of text. Ask for fewer documents' text or fewer nested lists.`,
      );
    }
  }

  /**
   * Aborts with `EXECUTION_TIMEOUT` and returns the reason, without throwing (the deadline timer
   * calls it for work that yields; {@link enterField} for synchronous work).
   */
  expire(): GraphQLError {
    return this.#abort(
      'EXECUTION_TIMEOUT',
      `Execution exceeded the time limit of ${this.#limits.executionTimeoutMs} ms. Ask for fewer items or fewer nested lists.`,
    );
  }

  /** Aborts once (the first reason wins) and returns the reason. */
  #abort(code: string, message: string): GraphQLError {
    if (!this.#reason) {
      this.#reason = new GraphQLError(message, { extensions: { code } });
      this.#controller?.abort(this.#reason);
    }
    return this.#reason;
  }
}

/**
 * Where an execution's budget sits on its context value: a symbol-keyed property, which every
 * resolver reads (a property read with an inline cache, where a WeakMap lookup hashes).
 */
const BUDGET = Symbol('diplomacy-graph.executionBudget');
type WithBudget = { [BUDGET]?: ExecutionBudget | undefined };

/** Attaches `budget` to an execution's context value. */
export function attachBudget(context: object, budget: ExecutionBudget): void {
  (context as WithBudget)[BUDGET] = budget;
}

/** Detaches the budget of an execution's context value. */
export function detachBudget(context: object): void {
  (context as WithBudget)[BUDGET] = undefined;
}

/** The budget of the execution whose context value is `context`, if any. */
export function budgetOf(context: unknown): ExecutionBudget | undefined {
  return typeof context === 'object' && context !== null ? (context as WithBudget)[BUDGET] : undefined;
}
