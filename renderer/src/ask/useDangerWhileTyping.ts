// The describe screen asks the main process's danger detector about the words as they are
// typed, so "煤汽味，头有点晕" offers 110/120/119 at once rather than after six more screens. A
// pause in typing (dangerCheckPauseMs) sends one check; an answer to words since changed is
// dropped, so a slow reply can never show or hide the offer for words no longer on screen. A
// failed check keeps the last answer: an offer already shown is not taken away by a hiccup.
import { useEffect, useState } from 'react';
import type { DangerCheck } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';

/** Long enough not to ask on every key, short enough to feel immediate. */
export const dangerCheckPauseMs = 250;

export type TypedDanger = DangerCheck['danger'];

export function useDangerWhileTyping(description: string, needId: string | null): TypedDanger {
  const client = useKioskClient();
  const [danger, setDanger] = useState<TypedDanger>(null);
  const words = description.trim();
  useEffect(() => {
    if (words === '' && needId === null) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      client.call('checkDanger', { description: words, needId }).then(
        (answer) => {
          if (current) setDanger(answer.danger);
        },
        () => undefined,
      );
    }, dangerCheckPauseMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, words, needId]);
  // Nothing to check: no offer, whatever the last answer was. Until a new answer comes, the last one
  // stays, so the offer does not flicker off and on as the resident goes on typing.
  return words === '' && needId === null ? null : danger;
}
