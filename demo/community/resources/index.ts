// All demo service resources, by category file.
import type { ServiceResource } from '../../../contract/community.js';
import { basicLivingResources } from './basicLiving.js';
import { educationEmploymentResources } from './educationEmployment.js';
import { healthMedicalResources } from './healthMedical.js';
import { safetyEmergencyResources } from './safetyEmergency.js';
import { socialCulturalResources } from './socialCultural.js';

export const demoResources: ServiceResource[] = [
  ...basicLivingResources,
  ...healthMedicalResources,
  ...educationEmploymentResources,
  ...socialCulturalResources,
  ...safetyEmergencyResources,
];
