import type { ProviderKind } from '../../directory/types.ts';
import type { ClaimsFamily } from './family.ts';
import { genericClaims } from './generic.ts';
import { microsoftClaims } from './microsoft.ts';
import { oktaClaims } from './okta.ts';
import { salesforceClaims } from './salesforce.ts';

export const CLAIMS: Record<ProviderKind, ClaimsFamily> = {
  salesforce: salesforceClaims,
  microsoft: microsoftClaims,
  okta: oktaClaims,
  generic: genericClaims,
};
