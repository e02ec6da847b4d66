import type { Entity } from './model.js';

/** Whether `text` names `entity` by its name or one of its aliases, as a whole word (case-sensitive). */
export function namesEntity(text: string, entity: Entity): boolean {
  for (const form of [entity.name, ...entity.aliases]) {
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + form.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    }
  }
  return false;
}
