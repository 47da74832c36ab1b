// A clause that asks only whom or where to ask ("…，找谁咨询", "…，该问谁", "…，找哪个部门", "who do I
// ask") names no need of its own (round of the 55th batch, all tuning: 我女儿想出国留学，找谁咨询
// went to the counselling room on 咨询). The need is the story's, so its out-of-scope words are not
// blanked as circumstances (outOfScopeSenses.ts) when such a clause is the one that asks.

/** The whole clause is a question of whom to turn to, with nothing named. */
export const whomToAskOnly =
  /^(?:我|请问|那|这)?(?:该|应该|可以|能)?(?:找谁|问谁|找哪个部门|找哪儿|找哪里|去哪儿|去哪里|找什么人|找哪个)(?:咨询|问问|问|办|说|打听|了解)?(?:一下)?(?:呢|啊|呀|吗)?$|^(?:who|where) (?:do|should|can) i (?:ask|go|turn to|contact)(?: about it)?$/u;
