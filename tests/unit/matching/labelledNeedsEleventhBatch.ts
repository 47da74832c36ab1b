// An eleventh batch, all of it TUNING and mostly English (the language the earlier batches wrote
// least), written before the matcher saw it: dangers and everyday needs as an English-speaking
// resident would type them. Small, because the held-out part must stay above a third of all
// cases. None was copied from, or written after reading, the held-out part.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  allTuning,
  c,
  danger,
  emergencyTeam,
  fire,
  flood,
  gas,
  nothing,
  police,
} from './labelledNeedsKit.js';

export const eleventhBatch: readonly LabelledNeed[] = allTuning([
  c('L', 'my grandfather collapsed in the kitchen and is not waking up', emergencyTeam, danger),
  c('S', 'there is a gas smell coming from next door', gas, danger),
  c('H', 'smoke is pouring out of the flat below', fire, danger),
  c('S', 'my mother is having chest pains and feels sick', emergencyTeam, danger),
  c('L', 'someone is inside my flat and i am hiding', police, danger),
  c('E', 'my dad slipped on the ice and cannot move his leg', emergencyTeam, danger),
  c('H', 'a caller says my son is in hospital and i must pay now', police, danger),
  c('L', 'water is coming through the ceiling and the floor is flooded', flood, danger),
  c('H', 'my husband is very dizzy and has thrown up twice', emergencyTeam, danger),
  c('E', 'the curtains caught fire', fire, danger),
  c('X', 'a man is hitting his wife in the corridor', police, danger),
  c('L', 'my radiator is cold', gas),
  c('E', 'can someone help me fill in a form for my pension', ['service-hall']),
  c('S', 'i would like to learn to paint', ['elder-university', 'interest-groups']),
  c('H', 'i need a nurse to change my bandage at home', ['home-nursing']),
  c('X', 'my neighbour keeps parking in front of my door', ['mediation-room']),
  c('E', 'what time is the next bus', nothing),
]);
