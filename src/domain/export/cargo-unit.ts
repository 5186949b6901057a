import type { CargoKind } from '../vocabulary/vocabulary';

/** The unit money and CO2e figures are given per, by cargo: one TEU for containers, one tonne for bulk. */
const CARGO_UNITS = { container: 'TEU', bulk: 'tonne' } as const satisfies Record<CargoKind, string>;

/** The unit of a cargo's figures in words (`TEU`, `tonne`); an unknown cargo counts as bulk. */
export function cargoUnit(cargo: string): (typeof CARGO_UNITS)[CargoKind] {
  return cargo === 'container' ? CARGO_UNITS.container : CARGO_UNITS.bulk;
}

/**
 * The suffix of every per-unit CSV header (`usd_per_TEU`, `co2e_kg_per_tonne_low`): the one spelling
 * of the unit in export headers, shared by every CSV builder.
 */
export function cargoUnitSuffix(cargo: string): `per_${(typeof CARGO_UNITS)[CargoKind]}` {
  return `per_${cargoUnit(cargo)}`;
}
