/** Every rule's documentation and examples, in the same order as `allRules` (checked by a test). */
import { publicSafetyServicesDoc } from './s1-1-public-safety.ts';
import { cityAdvertisingDoc, cityEventPromotionDoc, citizenInformationDoc, cityOnlyInformationDoc, emergencyInformationDoc, cityPressReleaseDoc, externalPressReleaseDoc, nonPartnerEventDoc, officialNoticesDoc, recognizedOrgEventDoc, thirdPartyAdDoc, cityPartisanContentDoc, cityThirdPartyPromotionDoc } from './s3-1-content.ts';
import { emergencyNotServiceDoc, emergencyPriorityDoc, emergencyRoutineDoc } from './s3-1-emergency.ts';
import { complaintHandledInThreadDoc, complaintRedirectDoc } from './s3-1-5-complaints.ts';
import { mediaAnswerDoc, mediaRedirectDoc } from './s3-1-6-media.ts';
import { disrespectfulCommentDoc, frenchLanguageDoc, professionalToneDoc, respectfulLanguageDoc, sacredObjectSenseDoc, shoutingDoc } from './s3-2-writing.ts';
import { afterHoursDoc, temporaryReplyDoc } from './s3-3-presence.ts';
import { electedCityVoiceDoc, invalidSituationDoc, policySilentDoc, publicationAuthorityDoc } from './s4-1-communications.ts';
import { accountCreationDoc, accountCreationApprovedDoc } from './s4-2-account-creation.ts';
import { appropriatePersonalUseDoc, personalCityVoiceDoc, personalOpinionDoc, personalShareOfficialDoc } from './s4-3-elected-employees.ts';
import type { RuleMeta } from './rule.ts';

export const ruleDocs: readonly RuleMeta[] = [
  publicSafetyServicesDoc,
  cityOnlyInformationDoc,
  cityPartisanContentDoc,
  citizenInformationDoc,
  emergencyInformationDoc,
  emergencyRoutineDoc,
  emergencyNotServiceDoc,
  emergencyPriorityDoc,
  cityEventPromotionDoc,
  recognizedOrgEventDoc,
  nonPartnerEventDoc,
  cityPressReleaseDoc,
  externalPressReleaseDoc,
  officialNoticesDoc,
  cityAdvertisingDoc,
  thirdPartyAdDoc,
  cityThirdPartyPromotionDoc,
  complaintHandledInThreadDoc,
  complaintRedirectDoc,
  mediaAnswerDoc,
  mediaRedirectDoc,
  frenchLanguageDoc,
  respectfulLanguageDoc,
  sacredObjectSenseDoc,
  professionalToneDoc,
  shoutingDoc,
  disrespectfulCommentDoc,
  afterHoursDoc,
  temporaryReplyDoc,
  publicationAuthorityDoc,
  electedCityVoiceDoc,
  policySilentDoc,
  invalidSituationDoc,
  accountCreationDoc,
  accountCreationApprovedDoc,
  personalShareOfficialDoc,
  personalOpinionDoc,
  personalCityVoiceDoc,
  appropriatePersonalUseDoc,
];
