// Which armed scenarios a login page should show for an org.
import type { OrgKey } from '../directory/types.ts';
import type { Protocol } from '../scenarios/catalog.ts';
import type { ArmedScenario, ScenarioRegistry } from '../scenarios/registry.ts';

export function scenariosFor(registry: ScenarioRegistry, org: OrgKey, protocol: Protocol): ArmedScenario[] {
  return registry.list().filter((s) => (!s.scope.org || s.scope.org === org) && s.expected[protocol] !== undefined);
}
