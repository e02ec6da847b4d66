/**
 * GraphQL enum value → internal model value, for every enum whose values differ. The one source of
 * truth: codegen.ts passes it to `enumValues` (so resolver types use the model's strings) and
 * resolvers/enums.ts serves it at run time (so GraphQL converts both ways).
 */
const lower = <const V extends string>(values: readonly V[]): { readonly [K in V]: Lowercase<K> } =>
  Object.fromEntries(values.map((v) => [v, v.toLowerCase()])) as { [K in V]: Lowercase<K> };

export const ENUM_VALUES = {
  EntityKind: lower([
    'PERSON',
    'COUNTRY',
    'TERRITORY',
    'REGION',
    'PLACE',
    'ORGANIZATION',
    'COMPANY',
    'OUTLET',
    'AGREEMENT',
    'EVENT',
    'PROJECT',
    'TOPIC',
    'OFFICE',
    'WORK',
  ]),
  TimePrecision: { DAY: 'day', MONTH: 'month', YEAR: 'year', DECADE: 'decade', MONTH_DAY: 'monthDay', MONTH_ONLY: 'monthOnly' },
  TimeSource: lower(['STATED', 'DERIVED', 'INFERRED']),
  Stance: lower(['SUPPORTS', 'OPPOSES', 'PROPOSES', 'COMMITS', 'ASSESSES', 'REJECTS', 'HOPES', 'EXPECTS']),
  Polarity: lower(['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED']),
  Speech: lower(['DIRECT', 'REPORTED']),
  Comparator: lower(['EXACT', 'ABOUT', 'MORE_THAN', 'EXCEEDED', 'REACHED', 'AT_LEAST', 'LESS_THAN']),
  CentralityMeasure: lower(['DEGREE', 'BETWEENNESS', 'PAGERANK', 'EIGENVECTOR']),
  SearchResultType: lower(['ENTITY', 'STATEMENT', 'POSITION', 'DOCUMENT']),
  SearchField: {
    NAME: 'name',
    ALIASES: 'aliases',
    LOOKUP_ALIASES: 'lookupAliases',
    DESCRIPTION: 'description',
    QUOTES: 'quotes',
    QUALIFIERS: 'qualifiers',
    VALUE: 'value',
    SUMMARY: 'summary',
    TITLE: 'title',
    METADATA: 'metadata',
    TEXT: 'text',
  },
  GraphEdgeKind: lower(['STATEMENT', 'POSITION']),
  HopDirection: lower(['FORWARD', 'BACKWARD']),
  CoMentionScope: lower(['PARAGRAPH', 'DOCUMENT']),
} as const;
