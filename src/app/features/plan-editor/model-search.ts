// The model picker's search: every word typed must begin a word of the model's name or family, or
// of its id ("fpr"), digits included. So "firepower 2" lists the Firepower 2100 family and not the
// 1120 or 4112, whose numbers only contain a 2; "fpr 41" lists the 4100 series.
import { listModels, type UiModel } from '../../ui/display/model-info';

/**
 * The words of a text: cut at spaces, brackets, commas and slashes; a part such as "5545-X" is cut
 * at its hyphens too ("5545", "x"), but a module's designation, letters then digits ("SM-24",
 * "SSP-10"), stays one word (and is kept without its hyphen too: "sm24"), so that "2" does not
 * find the Firepower 9300 SM-24.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const part of text.toLowerCase().split(/[\s()/,]+/)) {
    if (part === '') continue;
    if (/^[a-z]+-\d+$/.test(part)) words.push(part, part.replace('-', ''));
    else for (const piece of part.split('-')) if (piece !== '') words.push(piece);
  }
  return words;
}

/** What a model is found by: the words of its name and family, its id whole ("fpr-4110"), and the id's words without digits ("fpr"). */
export function searchWords(model: Pick<UiModel, 'id' | 'name' | 'family'>): string[] {
  const fromId = model.id.split('-').filter((piece) => piece !== '' && !/\d/.test(piece));
  return [...new Set([...wordsOf(model.name), ...wordsOf(model.family), model.id, ...fromId])];
}

const WORDS = new Map(listModels().map((m) => [m.id, searchWords(m)]));

/** A typed word matches when it begins one of the model's words, or each of its own words does ("5545-x"). */
function matches(typed: string, words: readonly string[]): boolean {
  const begins = (t: string) => words.some((w) => w.startsWith(t));
  if (begins(typed)) return true;
  const parts = wordsOf(typed);
  return parts.length > 0 && parts.every(begins);
}

/** Models each of whose typed words begins one of the model's words (in the catalog's order); all models for an empty query. */
export function searchModels(query: string): readonly UiModel[] {
  const typed = query.toLowerCase().split(/\s+/).filter(Boolean);
  const models = listModels();
  if (typed.length === 0) return models;
  return models.filter((m) => {
    const words = WORDS.get(m.id) ?? searchWords(m);
    return typed.every((t) => matches(t, words));
  });
}
