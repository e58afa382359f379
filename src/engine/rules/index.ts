/** Every rule, in the policy's order. The one list the evaluator, the tests and /regles/ read. */
import { publicSafetyServices } from './s1-1-public-safety.ts';
import { cityAdvertising, cityEventPromotion, citizenInformation, cityOnlyInformation, emergencyInformation, cityPressRelease, externalPressRelease, nonPartnerEvent, officialNotices, recognizedOrgEvent, thirdPartyAd, cityPartisanContent, cityThirdPartyPromotion } from './s3-1-content.ts';
import { emergencyNotService, emergencyPriority, emergencyRoutine } from './s3-1-emergency.ts';
import { complaintHandledInThread, complaintRedirect } from './s3-1-5-complaints.ts';
import { mediaAnswer, mediaRedirect } from './s3-1-6-media.ts';
import { disrespectfulComment, frenchLanguage, professionalTone, respectfulLanguage, sacredObjectSense, shouting } from './s3-2-writing.ts';
import { afterHours, temporaryReply } from './s3-3-presence.ts';
import { electedCityVoice, invalidSituation, policySilent, publicationAuthority } from './s4-1-communications.ts';
import { accountCreation, accountCreationApproved } from './s4-2-account-creation.ts';
import { appropriatePersonalUse, personalCityVoice, personalOpinion, personalShareOfficial } from './s4-3-elected-employees.ts';
import type { Rule } from './rule.ts';

export const allRules: readonly Rule[] = [
  publicSafetyServices,
  cityOnlyInformation,
  cityPartisanContent,
  citizenInformation,
  emergencyInformation,
  emergencyRoutine,
  emergencyNotService,
  emergencyPriority,
  cityEventPromotion,
  recognizedOrgEvent,
  nonPartnerEvent,
  cityPressRelease,
  externalPressRelease,
  officialNotices,
  cityAdvertising,
  thirdPartyAd,
  cityThirdPartyPromotion,
  complaintHandledInThread,
  complaintRedirect,
  mediaAnswer,
  mediaRedirect,
  frenchLanguage,
  respectfulLanguage,
  sacredObjectSense,
  professionalTone,
  shouting,
  disrespectfulComment,
  afterHours,
  temporaryReply,
  publicationAuthority,
  electedCityVoice,
  policySilent,
  invalidSituation,
  accountCreation,
  accountCreationApproved,
  personalShareOfficial,
  personalOpinion,
  personalCityVoice,
  appropriatePersonalUse,
];
