// How the danger word lists are written as data: Chinese terms separated by white space, English
// phrases by commas (an English phrase has spaces of its own).

/** Chinese terms written one after another, separated by spaces or new lines. */
export const han = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** English phrases separated by commas, each with its inner spaces made single. */
export const words = (text: string): string[] =>
  text
    .split(',')
    .map((term) => term.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
