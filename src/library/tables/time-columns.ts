import type { TimeValue } from '../../dataset/model.js';
import { timeSource } from '../../graph/time-source.js';
import { graphqlEnum, graphqlEnumValues, type GraphqlEnumValue } from './graphql-enum.js';
import type { TableField } from './tidy-table.js';

/** Columns of one time in a table row: the curated value, its precision, the ISO day range it denotes and why it is inferred. */
export interface TimeColumns {
  readonly value: string | null;
  /** As GraphQL spells it: DAY, MONTH, YEAR, DECADE, MONTH_DAY, MONTH_ONLY. */
  readonly precision: GraphqlEnumValue<'TimePrecision'> | null;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly inferred: string | null;
  /** How it is known, as GraphQL spells it: STATED, DERIVED (see `derivedFrom`) or INFERRED. */
  readonly source: GraphqlEnumValue<'TimeSource'> | null;
  /** The statement or document id a derived time is taken from. */
  readonly derivedFrom: string | null;
}

/** The {@link TimeColumns} of a time (all null when there is none). */
export function timeColumns(time: TimeValue | null): TimeColumns {
  return {
    value: time?.value ?? null,
    precision: graphqlEnum('TimePrecision', time?.precision ?? null),
    earliest: time?.earliest ?? null,
    latest: time?.latest ?? null,
    inferred: time?.inferred ?? null,
    source: time === null ? null : graphqlEnum('TimeSource', timeSource(time)),
    derivedFrom: time?.derivedFrom ?? null,
  };
}

/**
 * The seven table fields of a time named `prefix` (`date` → date, datePrecision, dateEarliest,
 * dateLatest, dateInferred, dateSource, dateDerivedFrom); `what` says which time it is.
 */
export function timeFields<P extends string>(
  prefix: P,
  what: string,
): [
  TableField<P>,
  TableField<`${P}Precision`>,
  TableField<`${P}Earliest`>,
  TableField<`${P}Latest`>,
  TableField<`${P}Inferred`>,
  TableField<`${P}Source`>,
  TableField<`${P}DerivedFrom`>,
] {
  return [
    { name: prefix, type: 'string', description: `${what}, as curated: 2025-01-03, 2024-11, 1992, 1990s, --01-22 (no year stated).` },
    { name: `${prefix}Precision`, type: 'string', enum: graphqlEnumValues('TimePrecision'), description: `Precision of ${prefix}.` },
    { name: `${prefix}Earliest`, type: 'date', description: `Earliest day ${prefix} can denote; empty when its year is unknown.` },
    { name: `${prefix}Latest`, type: 'date', description: `Latest day ${prefix} can denote; empty when its year is unknown.` },
    { name: `${prefix}Inferred`, type: 'string', description: `Why ${prefix} is inferred; empty when the source states it.` },
    {
      name: `${prefix}Source`,
      type: 'string',
      enum: graphqlEnumValues('TimeSource'),
      description: `How ${prefix} is known: STATED in the evidence, DERIVED from another record, or INFERRED.`,
    },
    { name: `${prefix}DerivedFrom`, type: 'string', description: `The statement or document a DERIVED ${prefix} is taken from.` },
  ];
}
