import type { Resolvers } from '../generated/resolvers-types.js';
import { DatasetInfo } from './DatasetInfo.js';
import { Document } from './Document.js';
import { Entity, entityFields } from './Entity.js';
import { Comparator, EntityKind, Polarity, Speech, Stance, TimePrecision } from './enums.js';
import { Evidence } from './Evidence.js';
import { Mention } from './Mention.js';
import { Position } from './Position.js';
import { dataset } from './Query/dataset.js';
import { document } from './Query/document.js';
import { documents } from './Query/documents.js';
import { entities } from './Query/entities.js';
import { entity } from './Query/entity.js';
import { position } from './Query/position.js';
import { statement } from './Query/statement.js';
import { Qualifiers } from './Qualifiers.js';
import { Statement } from './Statement.js';
import { StatementValue } from './StatementValue.js';

/** Every resolver of the schema. Types come from codegen; a missing one is a type error. */
export const resolvers: Resolvers = {
  Query: { dataset, document, documents, entities, entity, position, statement },
  Entity,
  Person: entityFields,
  Country: { ...entityFields, iso2: (e) => e.attributes['iso2'] ?? '' },
  Territory: entityFields,
  Region: entityFields,
  Place: entityFields,
  Organization: { ...entityFields, acronym: (e) => e.attributes['acronym'] ?? null },
  Company: { ...entityFields, acronym: (e) => e.attributes['acronym'] ?? null },
  Outlet: entityFields,
  Agreement: entityFields,
  Event: entityFields,
  Project: entityFields,
  Topic: entityFields,
  Office: entityFields,
  Work: entityFields,
  Statement,
  StatementValue,
  Qualifiers,
  Position,
  Document,
  Evidence,
  Mention,
  DatasetInfo,
  EntityKind,
  TimePrecision,
  Stance,
  Polarity,
  Speech,
  Comparator,
};
