// SAML IDs must be xs:ID (NCName): an underscore, then 32 random hex digits (128 bits).
import { randomBytes } from 'node:crypto';

export const newSamlId = (): string => `_${randomBytes(16).toString('hex')}`;
