// No screen or receipt may show a raw key: every key the renderer and the receipts use exists in
// the source language, every language has exactly the source language's keys, and no key is
// left that nothing uses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  demoCardIds,
  ratingTags,
  stages,
  textSizes,
  urgencies,
} from '../../../contract/constants.js';
import { answerProblems } from '../../../renderer/src/ask/answerRules.js';
import { assistedMenuJourneys } from '../../../renderer/src/assisted/menuJourneys.js';
import { phraseIds } from '../../../renderer/src/ask/phrases.js';
import { honorifics, surnameIds } from '../../../renderer/src/ask/surnames.js';
import { cardPhasesShown, cardProblems } from '../../../renderer/src/card/cardProblems.js';
import { alertStates } from '../../../renderer/src/emergency/alertStates.js';
import { receiptDisplays } from '../../../renderer/src/printing/receiptDisplay.js';
import { journeyIds } from '../../../renderer/src/screens/journeys.js';

type Tree = { [key: string]: string | Tree };
const localesDir = 'locales';
/** The staff care screens' words travel with their own chunk (renderer/src/staff/careLocales). */
const careLocalesDir = 'renderer/src/staff/careLocales';
const load = (language: string) =>
  ({
    ...(JSON.parse(readFileSync(join(localesDir, `${language}.json`), 'utf8')) as Tree),
    ...(JSON.parse(readFileSync(join(careLocalesDir, `${language}.json`), 'utf8')) as Tree),
  }) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [inner, text] of flatten(value, path)) keys.set(inner, text);
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The code that asks for words: the screens, and the receipts (receipt.*, in the main process). */
const codeDirs = ['renderer/src', 'electron/services/receipts'];

/** Literal keys, and template keys expanded over the values the code feeds them. */
function keysUsedInCode(): string[] {
  const expansions: Record<string, readonly string[]> = {
    journey: [...journeyIds, 'emergency'],
    textSize: textSizes,
    key: ['police', 'ambulance', 'fire'],
    alertState: alertStates,
    phrase: phraseIds,
    surnameId: surnameIds,
    honorific: honorifics,
    urgency: urgencies,
    cardId: demoCardIds,
    problem: cardProblems,
    phase: cardPhasesShown,
    stage: stages,
    tag: ratingTags,
    stars: ['1', '2', '3', '4', '5'],
    receipt: receiptDisplays,
    answerIssue: answerProblems,
    assistedJourney: assistedMenuJourneys,
  };
  const used: string[] = [];
  for (const file of codeDirs.flatMap((dir) => sourceFiles(dir))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*(['`])([^'`]+)\1/g)) {
      const key = match[2] ?? '';
      const variable = /\$\{(\w+)\}/.exec(key)?.[1];
      if (!variable) used.push(key);
      else
        for (const value of expansions[variable] ?? [`<unknown ${variable}>`])
          used.push(key.replace(`\${${variable}}`, value));
    }
  }
  return used;
}

/** Keys written as plain strings, handed to t() later (e.g. LookupError's problem keys). */
function keysQuotedInCode(): string[] {
  return codeDirs
    .flatMap((dir) => sourceFiles(dir))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)].map(
        (match) => match[1] ?? '',
      ),
    );
}

describe('translations', () => {
  const source = flatten(load('zh-CN'));

  it('give every language exactly the keys of Simplified Chinese, none empty', () => {
    for (const language of ['zh-TW', 'en']) {
      const keys = flatten(load(language));
      expect([...keys.keys()].sort(), language).toEqual([...source.keys()].sort());
      for (const [key, text] of keys) expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('cover every key the screens and the receipts ask for', () => {
    const used = keysUsedInCode();
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !source.has(key))).toEqual([]);
  });

  it('hold no key that no screen or receipt asks for', () => {
    const used = new Set([...keysUsedInCode(), ...keysQuotedInCode()]);
    // platformQuestions.<code>.… are looked up for whatever question code the platform sends
    // (useQuestionText.ts): they are translations of data, not of the screens' own words.
    const unused = [...source.keys()].filter(
      (key) => !used.has(key) && !key.startsWith('platformQuestions.'),
    );
    expect(unused).toEqual([]);
  });

  it('keep the same interpolation variables in every language', () => {
    const variables = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const language of ['zh-TW', 'en']) {
      const keys = flatten(load(language));
      for (const [key, text] of source)
        expect(variables(keys.get(key) ?? ''), `${language} ${key}`).toEqual(variables(text));
    }
  });
});
