// More out-of-scope words used in an in-scope sense (see outOfScopeSenses.ts), from the kinds of
// the thirty-first batch's tuning misses, in general terms: a dog off its lead or loose among
// people is a neighbours' and a safety matter (the mediation room, the police room), not a pet's
// needs; a parcel or a delivery taken from the door is a theft (the police room), not a courier's
// business; a lift that has stopped (电梯停机了) is the lift, not a phone cut off. A stray dog, a
// dog's vet or a parcel lost in the post stay out of scope.
export const everydaySenses: readonly { words: RegExp; when: RegExp }[] = [
  {
    words: /狗狗|狗|犬|dogs?/gu,
    // Not a stray (流浪狗): no one's neighbour owns it.
    when: /^(?!.*流浪)(?:.*(?:不?拴绳?|没拴|牵绳|不牵|没牵|乱跑|到处跑|追(?:着)?人|扑人|见人就扑|嘴套|吓(?:人|哭|着)|狗屎|狗粪|烈性犬|大型犬|off (?:the|its) lead|leash))/su,
  },
  {
    words: /快递|外卖|包裹|parcels?/gu,
    when: /偷|顺走|被人拿|让人拿|被拿走|给拿走|stolen/u,
  },
  {
    words: /停机/gu,
    when: /电梯|扶梯|升降梯|lift|elevator/u,
  },
];
