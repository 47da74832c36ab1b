// How much of what the resident said the evidence rests on (issue 15: one word can mislead). A
// request whose words reach resources only through words that name no need by themselves (a
// place, "broken", "how much", someone) is not trusted on them: "路由器坏了" is not a repair the
// community makes, "医院的饭太难吃了" no escort's business. Source of the generic words: what
// residents write around a need rather than as one, in general terms (issue 15, written before
// tuning on the twenty-fifth batch), not a list of any batch's words.
import { parseFeature, synonymFeature } from './features.js';
import type { QueryFeatures } from './queryFeatures.js';
import type { ResourceIndex } from './resourceIndex.js';
import { residentText } from './text.js';

/** Words that say where, who, how much or that something is wrong, but not what is needed. */
export const genericWords: ReadonlySet<string> = new Set(
  `大学 公司 单位 小区 门口 老家 房子 外地 北京 上海 别人 有人 被人 我的
    坏了 坏掉 不好使 不行了 出问题 有问题 毛病 多少钱 多少 贵了 少了 新的 不了 不懂 知道 感觉 天天
    university company money broken`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A place that is generic unless the text says the resident needs to get there or be taken
 * ("医院的号挂不上", "someone to go with her to hospital"): a hospital named with nothing of going
 * ("医院的饭太难吃了", "三甲医院住院能住多久") is the hospital's business, not the escorts'.
 */
const genericUnless: ReadonlyMap<string, RegExp> = new Map([
  ['医院', /社区医院|卫生院|陪|带|送|接|去|跑|一个人|没人|挂|号|取药|拿药|复查|看病|检查|瞧/u],
  ['hospital', /\b(?:with|take|taking|accompan\w*|escort|go|get|appointment)\b/u],
]);

export interface EvidenceShape {
  /** Every word that reached a resource is a generic one. */
  genericOnly: boolean;
}

export function evidenceShape(
  features: QueryFeatures,
  index: ResourceIndex,
  description: string,
): EvidenceShape {
  let reaching = 0;
  let specific = 0;
  let text: string | undefined;
  const generic = (term: string) => {
    if (genericWords.has(term)) return true;
    const unless = genericUnless.get(term);
    if (unless === undefined) return false;
    text ??= residentText(description);
    return !unless.test(text);
  };
  for (const key of features.surfaces.keys()) {
    const term = parseFeature(key).name;
    const own = index.postings.has(key);
    const viaGroup = (index.groupsOfTerm.get(term) ?? []).some((group) =>
      index.postings.has(synonymFeature(group)),
    );
    if (!own && !viaGroup) continue;
    reaching += 1;
    if (!generic(term)) specific += 1;
  }
  return { genericOnly: reaching > 0 && specific === 0 };
}
