import type {
  CentralityMeasureResolvers,
  CoMentionScopeResolvers,
  GraphEdgeKindResolvers,
  HopDirectionResolvers,
  SearchFieldResolvers,
  SearchResultTypeResolvers,
  ComparatorResolvers,
  EntityKindResolvers,
  PolarityResolvers,
  SpeechResolvers,
  StanceResolvers,
  TimePrecisionResolvers,
} from '../generated/resolvers-types.js';

/** GraphQL enum values → the internal model's strings. */
export const EntityKind: EntityKindResolvers = {
  PERSON: 'person',
  COUNTRY: 'country',
  TERRITORY: 'territory',
  REGION: 'region',
  PLACE: 'place',
  ORGANIZATION: 'organization',
  COMPANY: 'company',
  OUTLET: 'outlet',
  AGREEMENT: 'agreement',
  EVENT: 'event',
  PROJECT: 'project',
  TOPIC: 'topic',
  OFFICE: 'office',
  WORK: 'work',
};
export const TimePrecision: TimePrecisionResolvers = {
  DAY: 'day',
  MONTH: 'month',
  YEAR: 'year',
  DECADE: 'decade',
  MONTH_DAY: 'monthDay',
  MONTH_ONLY: 'monthOnly',
};
export const Stance: StanceResolvers = {
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  PROPOSES: 'proposes',
  COMMITS: 'commits',
  ASSESSES: 'assesses',
  REJECTS: 'rejects',
  HOPES: 'hopes',
  EXPECTS: 'expects',
};
export const Polarity: PolarityResolvers = { POSITIVE: 'positive', NEGATIVE: 'negative', NEUTRAL: 'neutral', MIXED: 'mixed' };
export const Speech: SpeechResolvers = { DIRECT: 'direct', REPORTED: 'reported' };
export const Comparator: ComparatorResolvers = {
  EXACT: 'exact',
  ABOUT: 'about',
  MORE_THAN: 'more_than',
  EXCEEDED: 'exceeded',
  REACHED: 'reached',
  AT_LEAST: 'at_least',
  LESS_THAN: 'less_than',
};
export const CentralityMeasure: CentralityMeasureResolvers = {
  DEGREE: 'degree',
  BETWEENNESS: 'betweenness',
  PAGERANK: 'pagerank',
  EIGENVECTOR: 'eigenvector',
};
export const SearchResultType: SearchResultTypeResolvers = {
  ENTITY: 'entity',
  STATEMENT: 'statement',
  POSITION: 'position',
  DOCUMENT: 'document',
};
export const SearchField: SearchFieldResolvers = {
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
};
export const GraphEdgeKind: GraphEdgeKindResolvers = { STATEMENT: 'statement', POSITION: 'position' };
export const HopDirection: HopDirectionResolvers = { FORWARD: 'forward', BACKWARD: 'backward' };
export const CoMentionScope: CoMentionScopeResolvers = { PARAGRAPH: 'paragraph', DOCUMENT: 'document' };
