import type { QueryResolvers, Resolvers } from '../generated/resolvers-types.js';
import { CentralityScore } from './CentralityScore.js';
import { CoMember } from './CoMember.js';
import { CoMention } from './CoMention.js';
import { CoMentionContext } from './CoMentionContext.js';
import { CommonNeighbour } from './CommonNeighbour.js';
import { DocumentHit } from './DocumentHit.js';
import { DocumentMentions } from './DocumentMentions.js';
import { EgoNetwork } from './EgoNetwork.js';
import { EgoNode } from './EgoNode.js';
import { EntityHit } from './EntityHit.js';
import { GraphEdge } from './GraphEdge.js';
import { Path } from './Path.js';
import { PathHop } from './PathHop.js';
import { PositionHit } from './PositionHit.js';
import { Provenance } from './Provenance.js';
import { centrality } from './Query/centrality.js';
import { coMembers } from './Query/coMembers.js';
import { coMentions } from './Query/coMentions.js';
import { commonNeighbours } from './Query/commonNeighbours.js';
import { documentsMentioning } from './Query/documentsMentioning.js';
import { documentsSupporting } from './Query/documentsSupporting.js';
import { egoNetwork } from './Query/egoNetwork.js';
import { path } from './Query/path.js';
import { paths } from './Query/paths.js';
import { provenance } from './Query/provenance.js';
import { search } from './Query/search.js';
import { singleSourcePositions } from './Query/singleSourcePositions.js';
import { singleSourceStatements } from './Query/singleSourceStatements.js';
import { SearchHit } from './SearchHit.js';
import { SharedObject } from './SharedObject.js';
import { SourceDocument } from './SourceDocument.js';
import { StatementHit } from './StatementHit.js';

/** Root fields of schema/search.graphql, schema/graph.graphql and schema/provenance.graphql. */
export const graphQuestionQueries = {
  search,
  path,
  paths,
  egoNetwork,
  coMembers,
  commonNeighbours,
  centrality,
  documentsMentioning,
  documentsSupporting,
  provenance,
  singleSourceStatements,
  singleSourcePositions,
  coMentions,
} satisfies QueryResolvers;

/** Resolvers of the types those files declare (fields where the graph result and the schema differ). */
export const graphQuestionTypes = {
  SearchHit,
  EntityHit,
  StatementHit,
  PositionHit,
  DocumentHit,
  GraphEdge,
  Path,
  PathHop,
  EgoNetwork,
  EgoNode,
  CoMember,
  SharedObject,
  CommonNeighbour,
  CentralityScore,
  DocumentMentions,
  Provenance,
  SourceDocument,
  CoMention,
  CoMentionContext,
} satisfies Resolvers;
