// SAML SP validation throughput (issue 4): validations/s of real sandbox responses (signed
// Response + signed Assertion, RSA-SHA256), fetched beforehand through the sandbox's headless
// SP-initiated path, validated in this one thread by src/signin/saml/validate (replay claim
// answered in memory: the database claim is the caller's and measured end to end elsewhere).
// Beside it, the same responses through @node-saml/node-saml 5.1 (validation of the same
// signatures, fewer checks) as the bare-library baseline. Bounded: well under 20 s in all (about 8 s on an idle 2-core machine).
import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { validateSamlResponse } from '../src/signin/saml/validate/index.ts';
import { idpSettings, OKTA, registerSp, testSandbox, spInitiated, type ObtainedResponse } from '../test/signin/saml-support.ts';

const RESPONSES = 100;
const MEASURE_MS = 3_000;

async function rate(op: (i: number) => Promise<unknown>, ms: number): Promise<number> {
  for (let i = 0; i < 50; i++) await op(i); // warm-up
  const start = performance.now();
  let done = 0;
  while (performance.now() - start < ms) await op(done++);
  return done / ((performance.now() - start) / 1000);
}

export async function benchSamlValidation(): Promise<{ name: string; value: number; unit: string; baseline?: string; ratio?: number }[]> {
  const sb = await testSandbox();
  try {
    const idp = await idpSettings(sb, OKTA);
    const sp = await registerSp(sb, OKTA);
    const responses: ObtainedResponse[] = [];
    for (let i = 0; i < RESPONSES; i += 20) {
      responses.push(...await Promise.all(Array.from({ length: 20 }, () => spInitiated(idp, sp, i % 40 ? 'user' : 'agent', 'hank@globex.example'))));
    }
    const now = new Date();
    const ours = await rate(async (i) => {
      const r = responses[i % responses.length]!;
      await validateSamlResponse({ samlResponse: r.samlResponse, acsUrl: r.acsUrl, idp, sp, expectedRequestId: r.requestId, now, claimAssertionId: async () => true });
    }, MEASURE_MS);
    const nodeSaml = new SAML({
      entryPoint: idp.ssoUrl, issuer: sp.entityId, callbackUrl: sp.acsUrls.user, idpCert: idp.signingCertificates, audience: sp.entityId,
      wantAssertionsSigned: true, wantAuthnResponseSigned: true, validateInResponseTo: ValidateInResponseTo.never, acceptedClockSkewMs: 60_000,
    });
    const baseline = await rate(async (i) => {
      await nodeSaml.validatePostResponseAsync({ SAMLResponse: responses[i % responses.length]!.samlResponse });
    }, MEASURE_MS / 2);
    return [
      { name: 'SAML response validation, @node-saml/node-saml 5.1 (baseline, 1 thread)', value: Math.round(baseline), unit: 'validations/s' },
      { name: 'SAML response validation, src/signin/saml (1 thread)', value: Math.round(ours), unit: 'validations/s', baseline: 'node-saml', ratio: Math.round((ours / baseline) * 100) / 100 },
    ];
  } finally {
    await sb.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchSamlValidation()) console.log(`${row.name}: ${row.value} ${row.unit}${row.ratio ? ` (×${row.ratio} vs ${row.baseline})` : ''}`);
}
