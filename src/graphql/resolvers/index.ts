import type { Resolvers } from '../generated/resolvers-types.js';
import { DatasetInfo } from './DatasetInfo.js';
import { Agreement } from './Agreement.js';
import { Company } from './Company.js';
import { Country } from './Country.js';
import { Document } from './Document.js';
import { Entity, entityFields } from './Entity.js';
import { Event } from './Event.js';
import {
  CentralityMeasure,
  CoMentionScope,
  Comparator,
  EntityKind,
  GraphEdgeKind,
  HopDirection,
  Polarity,
  SearchField,
  SearchResultType,
  Speech,
  Stance,
  TimePrecision,
  TimeSource,
} from './enums.js';
import { EntityTime } from './EntityTime.js';
import { EntityAggregate, PositionAggregate, StatementAggregate } from './aggregates.js';
import { connectionTypes } from './connections.js';
import { Evidence } from './Evidence.js';
import { GroupCount } from './GroupCount.js';
import { graphQuestionQueries, graphQuestionTypes } from './graph-questions.js';
import { Mention } from './Mention.js';
import { Node } from './Node.js';
import { Office } from './Office.js';
import { Organization } from './Organization.js';
import { Outlet } from './Outlet.js';
import { Person } from './Person.js';
import { Place } from './Place.js';
import { Position } from './Position.js';
import { Project } from './Project.js';
import { countries } from './Query/countries.js';
import { dataset } from './Query/dataset.js';
import { document } from './Query/document.js';
import { documents } from './Query/documents.js';
import { documentsConnection } from './Query/documentsConnection.js';
import { entities } from './Query/entities.js';
import { entity } from './Query/entity.js';
import { events } from './Query/events.js';
import { node } from './Query/node.js';
import { nodes } from './Query/nodes.js';
import { organizations } from './Query/organizations.js';
import { people } from './Query/people.js';
import { position } from './Query/position.js';
import { positions } from './Query/positions.js';
import { statement } from './Query/statement.js';
import { statements } from './Query/statements.js';
import { timeline } from './Query/timeline.js';
import { topics } from './Query/topics.js';
import { Qualifiers } from './Qualifiers.js';
import { Region } from './Region.js';
import { RelatedEntity } from './RelatedEntity.js';
import { Relationship } from './Relationship.js';
import { RelationshipPredicateGroup } from './RelationshipPredicateGroup.js';
import { RelationshipTopicGroup } from './RelationshipTopicGroup.js';
import { relationship } from './Query/relationship.js';
import { Relation } from './Relation.js';
import { OnBehalfOf } from './OnBehalfOf.js';
import { Statement } from './Statement.js';
import { TimeValue } from './TimeValue.js';
import { StatementValue } from './StatementValue.js';
import { Territory } from './Territory.js';
import { PositionTimelineItem, StatementTimelineItem, TimelineItem } from './TimelineItem.js';
import { Work } from './Work.js';

/** Every resolver of the schema. Types come from codegen; a missing one is a type error. */
export const resolvers: Resolvers = {
  Query: {
    dataset,
    node,
    nodes,
    document,
    documents,
    documentsConnection,
    entities,
    entity,
    people,
    countries,
    organizations,
    events,
    topics,
    position,
    positions,
    statement,
    statements,
    timeline,
    relationship,
    ...graphQuestionQueries,
  },
  Node,
  Entity,
  Person,
  Country,
  Territory,
  Region,
  Place,
  Organization,
  Company,
  Outlet,
  Agreement,
  Event,
  Project,
  Topic: entityFields,
  Office,
  Work,
  Relation,
  RelatedEntity,
  Relationship,
  RelationshipPredicateGroup,
  RelationshipTopicGroup,
  TimelineItem,
  StatementTimelineItem,
  PositionTimelineItem,
  Statement,
  StatementValue,
  Qualifiers,
  OnBehalfOf,
  TimeValue,
  Position,
  Document,
  Evidence,
  EntityTime,
  PositionAggregate,
  StatementAggregate,
  EntityAggregate,
  GroupCount,
  ...connectionTypes,
  Mention,
  DatasetInfo,
  EntityKind,
  TimePrecision,
  TimeSource,
  Stance,
  Polarity,
  Speech,
  Comparator,
  CentralityMeasure,
  SearchResultType,
  SearchField,
  GraphEdgeKind,
  HopDirection,
  CoMentionScope,
  ...graphQuestionTypes,
};
