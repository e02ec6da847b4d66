import { ExplorerEntityDocument, type ExplorerEntityQuery } from '../../client/generated/graphql.js';
import { kindColor } from '../../style/kind-colors.js';
import { stanceColor } from '../../style/stance-colors.js';
import type { ViewContext } from './context.js';
import { h } from './dom.js';

type Relation = NonNullable<ExplorerEntityQuery['entity']>['outgoing'][number];

/** Relations grouped by the label that reads from the entity ("member of", "has member"), in first-seen order. */
function groupRelations(relations: readonly Relation[]): Map<string, Relation[]> {
  const groups = new Map<string, Relation[]>();
  for (const relation of relations) groups.set(relation.label, [...(groups.get(relation.label) ?? []), relation]);
  return groups;
}

/** What a relation points to: the other entity's name, or a literal value as text. */
function relationTarget(r: Relation): string {
  if (r.other !== null) return r.other.name;
  const v = r.value;
  if (v === null) return '';
  if (v.__typename === 'StringValue') return `“${v.text}”`;
  if (v.__typename === 'Quantity') return `${v.amount}${v.unit === null ? '' : ` ${v.unit}`}`;
  return v.__typename === 'TimeValue' ? v.value : '';
}

/** An entity card: kind, aliases, description, relations grouped by label, positions with stance. */
export async function entityCard(id: string, context: ViewContext): Promise<HTMLElement> {
  const { actions } = context;
  const entity = (await context.client.request(ExplorerEntityDocument, { id })).entity;
  if (entity === null) return h('p', {}, `No entity ${id}.`);
  const fact = (factId: string, ...label: Array<string | HTMLElement>) =>
    h('button', { class: 'link', type: 'button', onclick: () => actions.select({ type: 'fact', id: factId }) }, ...label);
  return h(
    'section',
    { class: 'entity', 'aria-label': 'Entity' },
    h('h2', {}, h('span', { class: 'swatch', style: `background:${kindColor(entity.kind)}` }), entity.name),
    h(
      'p',
      { class: 'meta' },
      `${entity.kind.toLowerCase()} · ${entity.id} · ${entity.statementCount} statements · ${entity.sourceCount} source documents`,
    ),
    entity.aliases.length > 0 && h('p', {}, h('strong', {}, 'Also: '), entity.aliases.join(', ')),
    entity.description !== null && h('p', {}, entity.description),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => void actions.expand(entity.id) }, 'Expand on canvas'),
      h('button', { type: 'button', onclick: () => actions.select({ type: 'timeline', id: entity.id }) }, 'Timeline'),
    ),
    h('h3', {}, 'Relations'),
    entity.outgoing.length + entity.incoming.length < entity.statementCount &&
      h(
        'p',
        { class: 'meta' },
        `The first ${entity.outgoing.length} outgoing and ${entity.incoming.length} incoming of ${entity.statementCount} statements.`,
      ),
    [...groupRelations([...entity.outgoing, ...entity.incoming])].map(([label, relations]) =>
      h(
        'details',
        { open: relations.length <= 6 },
        h('summary', {}, `${label} (${relations.length})`),
        h(
          'ul',
          {},
          relations.map((r) => h('li', {}, fact(r.statement.id, relationTarget(r)))),
        ),
      ),
    ),
    entity.positions.length > 0 && [
      h('h3', {}, 'Positions'),
      h(
        'ul',
        {},
        entity.positions.map((p) =>
          h(
            'li',
            {},
            fact(
              p.id,
              h('span', { class: 'stance', style: `background:${stanceColor(p.stance)}` }, p.stance.toLowerCase()),
              ` ${p.topic.name}: ${p.summary}`,
            ),
          ),
        ),
      ),
    ],
  );
}
