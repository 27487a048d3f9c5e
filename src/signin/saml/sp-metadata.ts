// Our SP metadata for one connection: entity ID, the two ACS URLs (HTTP-POST; index 0 the
// user URL and default, index 1 the agent URL), assertions wanted signed, requests unsigned.
import { BINDING, NAMEID_FORMAT, NS, type SamlSpSettings } from './settings.ts';
import { escapeXml } from './xml-escape.ts';

export function spMetadataXml(sp: SamlSpSettings): string {
  const formats = [NAMEID_FORMAT.emailAddress, NAMEID_FORMAT.persistent, NAMEID_FORMAT.unspecified]
    .map((f) => `    <md:NameIDFormat>${f}</md:NameIDFormat>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="${NS.metadata}" entityID="${escapeXml(sp.entityId)}">
  <md:SPSSODescriptor AuthnRequestsSigned="false" WantAssertionsSigned="true" protocolSupportEnumeration="${NS.protocol}">
${formats}    <md:AssertionConsumerService Binding="${BINDING.post}" Location="${escapeXml(sp.acsUrls.user)}" index="0" isDefault="true"/>
    <md:AssertionConsumerService Binding="${BINDING.post}" Location="${escapeXml(sp.acsUrls.agent)}" index="1"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
`;
}
