import type { PassageId } from '../vocabulary/vocabulary';

/**
 * One what-if scenario of contracts §3, as written in links (`scn=`) and the CLI (`--scenario`).
 * A scenario either closes passages (every segment through one of them is closed) or opens the
 * planned network. Adding a scenario is one entry here plus its tests and docs.
 */
interface ScenarioDefinition {
  /** The flag written in links and the CLI. */
  readonly flag: string;
  /** What the switch in the panel says. */
  readonly label: string;
  /** One line for the CLI's usage text and docs. */
  readonly summary: string;
  /** Passages closed while the scenario is on. */
  readonly closesPassages?: readonly PassageId[];
  /** While on, under-construction and planned segments count as open. */
  readonly opensPlanned?: boolean;
}

/** The scenarios, in their canonical order (the order links write them). */
export const SCENARIOS = [
  {
    flag: 'planned',
    label: 'Count planned and under-construction links as open',
    summary: 'under-construction and planned segments count as open',
    opensPlanned: true,
  },
  {
    flag: 'redsea-closed',
    label: 'Red Sea closed (no Suez, no Bab-el-Mandeb)',
    summary: 'no route through Suez or Bab-el-Mandeb',
    closesPassages: ['suez', 'bab-el-mandeb'],
  },
  {
    flag: 'hormuz-closed',
    label: 'Strait of Hormuz closed',
    summary: 'no route through the Strait of Hormuz (Bandar Abbas is inside it, Chabahar outside)',
    closesPassages: ['hormuz'],
  },
] as const satisfies readonly ScenarioDefinition[];

/** A scenario flag (contracts §3). */
export type ScenarioFlag = (typeof SCENARIOS)[number]['flag'];

/** Every scenario flag, in canonical order. */
export const SCENARIO_FLAGS: readonly ScenarioFlag[] = SCENARIOS.map((scenario) => scenario.flag);

/** Whether a text is a scenario flag. */
export function isScenarioFlag(text: string): text is ScenarioFlag {
  return (SCENARIO_FLAGS as readonly string[]).includes(text);
}

/** The flags in canonical order, each once. */
export function canonicalScenarioFlags(flags: Iterable<ScenarioFlag>): ScenarioFlag[] {
  const wanted = new Set(flags);
  return SCENARIO_FLAGS.filter((flag) => wanted.has(flag));
}

/** Whether the scenarios switched on count the planned network as open. */
export function opensPlanned(scenarios: ReadonlySet<ScenarioFlag>): boolean {
  return SCENARIOS.some((scenario) => 'opensPlanned' in scenario && scenarios.has(scenario.flag));
}
