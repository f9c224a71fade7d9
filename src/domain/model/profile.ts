import type { Assumptions } from '../assumptions';
import type { AeProfile, Model } from '../types';

/*
 * Which kind of closer the deals call for, from deal size, cycle and buying group together. Each is
 * placed on one scale (1 = the mid-market boundary, 2 = the enterprise boundary, logarithmic in
 * between, because deal sizes and cycles grow by multiples, not by steps), then weighed. A $4k deal
 * with a 180-day public-sector cycle and five buyers is a consultative sale, not a transactional
 * one; a $25k deal with a 90-day cycle and four buyers is mid-market, not enterprise.
 *
 * Deal size weighs most: it pays for the closer. The weights are a modelling choice, written here
 * once; the boundaries are assumptions a consultant can change.
 */
export const PROFILE_WEIGHTS = {
  acv: 0.5,
  cycle: 0.25,
  buyers: 0.25,
  why: 'Deal size decides what a closer can cost (KeyBanc Capital Markets SaaS Survey 2019 sets sales models by ACV band); cycle and buying group decide how consultative the selling is (Gartner, The B2B Buying Journey 2019).',
} as const;

const DAYS_PER_MONTH = 30.4;

/** Position of x on the profile scale: 1 at `mid`, 2 at `enterprise`, clamped to [-0.5, 3]. */
function position(x: number, mid: number, enterprise: number): number {
  const p = 1 + Math.log(Math.max(x, 1e-9) / mid) / Math.log(enterprise / mid);
  return Math.min(3, Math.max(-0.5, p));
}

const ORDER: readonly AeProfile[] = ['transactional', 'mid-market', 'enterprise'];

/**
 * The profile and whether it sits near a boundary. "Near" is the band a deal-size difference of
 * `profileBandPct` would move the position, so amounts a few percent apart (a dollar, or the same
 * price in another currency) never flip the profile without the result saying it is a close call.
 */
export function deriveProfile(
  acvUsd: number,
  cycleDays: number,
  stakeholders: number,
  a: Assumptions,
): Model['profile'] {
  const acvScale = Math.log(a.enterpriseAcvBoundaryUsd / a.midMarketAcvUsd);
  const p =
    PROFILE_WEIGHTS.acv * position(acvUsd, a.midMarketAcvUsd, a.enterpriseAcvBoundaryUsd) +
    PROFILE_WEIGHTS.cycle * position(cycleDays, a.shortCycleDays, a.enterpriseCycleDays) +
    PROFILE_WEIGHTS.buyers * position(stakeholders, a.midMarketStakeholders, a.enterpriseStakeholders);
  const index = p < 1 ? 0 : p < 2 ? 1 : 2;
  const value = ORDER[index] as AeProfile;
  const band = acvScale > 0 ? (PROFILE_WEIGHTS.acv * Math.log(1 + a.profileBandPct / 100)) / acvScale : 0;
  const boundary = index === 0 ? 1 : index === 2 ? 2 : p - 1 < 2 - p ? 1 : 2;
  const nearBoundary = Math.abs(p - boundary) < band;
  if (!nearBoundary) return { value, nearBoundary, position: p };
  const neighbour = ORDER[boundary === 1 ? (index === 0 ? 1 : 0) : index === 2 ? 1 : 2] as AeProfile;
  return { value, nearBoundary, neighbour, position: p };
}

/** Months of one sales cycle. */
export function cycleMonths(cycleDays: number): number {
  return cycleDays / DAYS_PER_MONTH;
}
