// 要 of a routine told as the story ("每个月都要去医院开药", "天天要吃五种药"): what the resident
// must do again and again, not what they ask for now (issue 15, from the kind of a tuning miss of
// this round: 我血压高好几年了，每个月都要去医院开药，儿女都上班，没人陪我去，排队太累 asked for
// the escort, not for the prescription). Read with clauseRules.ts' notAsking: such a 要 is no
// ask marker.
export const routineMust =
  /(?<=(?:每(?:个月|月|周|星期|个星期|礼拜|个礼拜|天|日|年|次|回|隔\S{1,3})|天天|月月|隔三差五|经常|常常|总是|老是|一直)都?(?:得|还)?)要/u;
