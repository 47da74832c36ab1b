// Who a resident says something happened to, as one word class shared by the combinations
// (dangerCombinations.ts, dangerBodySigns.ts): kin, neighbours, "someone", and the bare 人 and
// 他/她 (a collapse needs only that somebody collapsed). The missing-person reading uses a
// narrower class of its own (dangerMissing.ts), as 找不到人 there is a carer not found.

import { han, words } from './termLists.js';

/** Somebody: who a resident says something happened to. */
export const person = [
  ...han(`我妈 我爸 妈 爸 爹 娘 老人 老伴 老头 老太 老爷子 老太太 大爷 大妈 大娘 大叔 阿姨 叔 婶 奶奶
    爷爷 外婆 外公 姥姥 姥爷 婆婆 公公 孩子 小孩 娃 儿子 女儿 孙子 孙女 老公 老婆 媳妇 丈夫
    妻子 爱人 先生 他 她 有人 人 身子 整个人 邻居 学员 同学 老师 朋友 阿公 阿婆 阿嬷 阿爷 阿嫲 阿妈 阿爸 女的 男的 师傅 大哥 大姐
    哥 姐 弟 妹 阿伯 阿叔 伯伯 伯父 伯母 舅舅 舅妈 姑妈 姑姑 姨妈 小姨 叔叔 婶婶 岳父 岳母 丈母娘 老丈人 表哥 表姐 侄子
    同事 工友 室友 病友 棋友 舞友 队友`),
  ...words(`he, she, mum, mom, dad, father, mother, husband, wife, grandma, grandpa, grandad,
    granny, grandmother, grandfather, uncle, aunt, neighbour, neighbor, old man, old lady,
    old woman, son, daughter, baby, child, friend, someone, somebody, man, woman, lady`),
];
