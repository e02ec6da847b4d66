import { ENUM_VALUES } from '../enum-values.js';
import type {
  CentralityMeasureResolvers,
  CoMentionScopeResolvers,
  ComparatorResolvers,
  EntityKindResolvers,
  GraphEdgeKindResolvers,
  HopDirectionResolvers,
  PolarityResolvers,
  SearchFieldResolvers,
  SearchResultTypeResolvers,
  SpeechResolvers,
  StanceResolvers,
  TimePrecisionResolvers,
  TimeSourceResolvers,
} from '../generated/resolvers-types.js';

/** GraphQL enum values → the internal model's strings (see enum-values.ts). */
export const EntityKind: EntityKindResolvers = ENUM_VALUES.EntityKind;
export const TimePrecision: TimePrecisionResolvers = ENUM_VALUES.TimePrecision;
export const TimeSource: TimeSourceResolvers = ENUM_VALUES.TimeSource;
export const Stance: StanceResolvers = ENUM_VALUES.Stance;
export const Polarity: PolarityResolvers = ENUM_VALUES.Polarity;
export const Speech: SpeechResolvers = ENUM_VALUES.Speech;
export const Comparator: ComparatorResolvers = ENUM_VALUES.Comparator;
export const CentralityMeasure: CentralityMeasureResolvers = ENUM_VALUES.CentralityMeasure;
export const SearchResultType: SearchResultTypeResolvers = ENUM_VALUES.SearchResultType;
export const SearchField: SearchFieldResolvers = ENUM_VALUES.SearchField;
export const GraphEdgeKind: GraphEdgeKindResolvers = ENUM_VALUES.GraphEdgeKind;
export const HopDirection: HopDirectionResolvers = ENUM_VALUES.HopDirection;
export const CoMentionScope: CoMentionScopeResolvers = ENUM_VALUES.CoMentionScope;
