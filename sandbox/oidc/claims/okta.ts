// Okta: sub is the Okta user id (00u…), groups come with the `groups` scope — the same
// standards-shaped claims as the generic IdP.
import type { ClaimsFamily } from './family.ts';
import { genericClaims } from './generic.ts';

export const oktaClaims: ClaimsFamily = genericClaims;
