// The SAML HTTP-POST binding as a browser meets it: the IdP's auto-posting form (a
// SAMLResponse to the SP), or the SP's (a SAMLRequest to a POST-only IdP). One reader for
// the tests, the scenario runner and the benchmarks.

const decodeEntities = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export interface AutoPostForm { action?: string; SAMLResponse?: string; SAMLRequest?: string; RelayState?: string }

/** The form's action and hidden SAML fields, HTML entities decoded; undefined where absent. */
export function autoPostForm(html: string): AutoPostForm {
  const field = (name: string) => {
    const found = new RegExp(`name="${name}"\\s+value="([^"]*)"`).exec(html);
    return found ? decodeEntities(found[1]!) : undefined;
  };
  const action = /<form[^>]+action="([^"]+)"/.exec(html)?.[1];
  return { action: action === undefined ? undefined : decodeEntities(action), SAMLResponse: field('SAMLResponse'), SAMLRequest: field('SAMLRequest'), RelayState: field('RelayState') };
}
