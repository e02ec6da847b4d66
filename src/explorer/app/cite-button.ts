import { citeText } from '../model/cite-text.js';
import type { Selection } from '../model/url-state.js';
import type { ViewContext } from './context.js';

function selectionIds(selection: Selection | null): string[] {
  if (selection === null) return [];
  return selection.type === 'document' && selection.fact !== null ? [selection.id, selection.fact] : [selection.id];
}

/**
 * The "cite" button: copies the dataset version, the link to this view, the ids shown and every
 * quote in the panel (with document and offsets). Where the clipboard is not available (an
 * insecure origin), the text is shown in the status line's dialog to copy by hand.
 */
export function citeButton(button: HTMLButtonElement, output: HTMLTextAreaElement, context: ViewContext): void {
  button.addEventListener('click', () => {
    const { store } = context;
    const text = citeText({
      version: store.version ?? 'unknown',
      url: window.location.href,
      ids: [...new Set([...store.state.open, ...selectionIds(store.state.selection)])],
      quotes: context.citedQuotes,
    });
    output.value = text;
    output.hidden = false;
    const copied = navigator.clipboard?.writeText(text);
    if (copied === undefined) store.setStatus('Citation below: copy it by hand.');
    else copied.then(() => store.setStatus('Citation copied.')).catch(() => store.setStatus('Citation below: copy it by hand.'));
  });
}
