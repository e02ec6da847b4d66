import { ExplorerPositionDocument, ExplorerStatementDocument } from '../../client/generated/graphql.js';
import { stanceColor } from '../../style/stance-colors.js';
import type { ViewContext } from './context.js';
import { h } from './dom.js';
import { evidenceItem } from './evidence-item.js';

const sources = (n: number): string => `${n} source${n === 1 ? '' : 's'}`;

/** A statement or position (an edge selected, or a fact picked in a list): what it says and every quote for it. */
export async function factView(id: string, context: ViewContext): Promise<HTMLElement> {
  const { actions, client } = context;
  const entityLink = (entity: { id: string; name: string }) =>
    h('button', { class: 'link', type: 'button', onclick: () => actions.select({ type: 'entity', id: entity.id }) }, entity.name);
  if (id.startsWith('position:')) {
    const position = (await client.request(ExplorerPositionDocument, { id })).position;
    if (position === null) return h('p', {}, `No fact ${id}.`);
    return h(
      'section',
      { class: 'fact', 'aria-label': 'Position and its evidence' },
      h(
        'h2',
        {},
        entityLink(position.holder),
        ' ',
        h('span', { class: 'stance', style: `background:${stanceColor(position.stance)}` }, position.stance.toLowerCase()),
        ' ',
        entityLink(position.topic),
      ),
      h('p', {}, position.summary),
      h(
        'p',
        { class: 'meta' },
        `${position.id} · ${sources(position.sourceCount)}`,
        position.date === null ? '' : ` · ${position.date.value}`,
      ),
      h('h3', {}, 'Evidence'),
      h(
        'ul',
        { class: 'evidence-list' },
        position.evidence.map((e) => evidenceItem(e, position.id, context)),
      ),
    );
  }
  const statement = (await client.request(ExplorerStatementDocument, { id })).statement;
  if (statement === null) return h('p', {}, `No fact ${id}.`);
  return h(
    'section',
    { class: 'fact', 'aria-label': 'Statement and its evidence' },
    h(
      'h2',
      {},
      entityLink(statement.subject),
      ` ${statement.predicate.label} `,
      statement.object === null ? '' : entityLink(statement.object),
    ),
    h(
      'p',
      { class: 'meta' },
      `${statement.id} · ${sources(statement.sourceCount)}`,
      statement.time === null ? '' : ` · ${statement.time.value}`,
    ),
    h('h3', {}, 'Evidence'),
    h(
      'ul',
      { class: 'evidence-list' },
      statement.evidence.map((e) => evidenceItem(e, statement.id, context)),
    ),
  );
}
