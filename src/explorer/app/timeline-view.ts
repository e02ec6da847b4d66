import { ExplorerTimelineDocument, type ExplorerTimelineQuery } from '../../client/generated/graphql.js';
import { stanceColor, STATEMENT_EDGE_COLOR } from '../../style/stance-colors.js';
import { layoutTimeAxis } from '../model/time-axis.js';
import type { ViewContext } from './context.js';
import { h } from './dom.js';

type Item = NonNullable<ExplorerTimelineQuery['timeline']>['items'][number];

const factId = (item: Item): string => ('statement' in item ? item.statement.id : 'position' in item ? item.position.id : '');
const describe = (item: Item): string =>
  'statement' in item
    ? `${item.statement.subject.name} ${item.statement.predicate.label} ${item.statement.object?.name ?? ''}`.trim()
    : 'position' in item
      ? `${item.position.stance.toLowerCase()}: ${item.position.summary}`
      : '';
const colour = (item: Item): string => ('position' in item ? stanceColor(item.position.stance) : STATEMENT_EDGE_COLOR);

/**
 * An entity's timeline on a time axis: each item spans what its precision allows (a year is a
 * year wide), rows keep spans apart, and items whose year is not stated are listed apart below,
 * never placed on a guessed year.
 */
export async function timelineView(entity: string, context: ViewContext): Promise<HTMLElement> {
  const timeline = (await context.client.request(ExplorerTimelineDocument, { entity })).timeline;
  if (timeline === null) return h('p', {}, `No entity ${entity}.`);
  const axis = layoutTimeAxis(timeline.items.map((item) => ({ time: item.time, yearKnown: item.yearKnown, item })));
  const open = (item: Item) => () => context.actions.select({ type: 'fact', id: factId(item) });
  const rows = Math.max(1, ...axis.items.map((p) => p.row + 1));
  return h(
    'section',
    { class: 'timeline', 'aria-label': 'Timeline' },
    h('h2', {}, 'Timeline'),
    h('p', { class: 'meta' }, axis.start === null ? 'No dated items.' : `${axis.items.length} dated items, ${axis.start} to ${axis.end}.`),
    axis.items.length > 0 &&
      h(
        'div',
        {
          class: 'axis',
          style: `height:${rows * 16 + 24}px`,
          role: 'img',
          'aria-label': 'Dated items on a time axis; the list below has them in text',
        },
        axis.ticks.map((t) => h('span', { class: 'tick', style: `left:${(t.at * 100).toFixed(2)}%` }, String(t.year))),
        axis.items.map((p) =>
          h('span', {
            class: 'span',
            title: `${p.time.value} (${p.precision}): ${describe(p.item)}`,
            style: `left:${(p.left * 100).toFixed(2)}%;width:max(4px,${((p.right - p.left) * 100).toFixed(2)}%);top:${20 + p.row * 16}px;background:${colour(p.item)}`,
            onclick: open(p.item),
          }),
        ),
      ),
    h(
      'ol',
      { class: 'timeline-list' },
      axis.items.map((p) =>
        h(
          'li',
          {},
          h(
            'button',
            { class: 'link', type: 'button', onclick: open(p.item) },
            h('time', {}, p.time.value),
            ` (${p.precision}) ${describe(p.item)}`,
          ),
        ),
      ),
    ),
    axis.undated.length > 0 && [
      h('h3', {}, 'Without a stated year'),
      h(
        'ul',
        { class: 'timeline-undated' },
        axis.undated.map((u) =>
          h(
            'li',
            {},
            h('button', { class: 'link', type: 'button', onclick: open(u.item) }, h('time', {}, u.time.value), ` ${describe(u.item)}`),
          ),
        ),
      ),
    ],
  );
}
