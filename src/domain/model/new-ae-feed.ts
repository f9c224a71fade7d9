import type { Model } from '../types';

/**
 * Whether a later account executive is counted more opportunities than today's closers leave spare,
 * because the user said leads wait and the model takes their word (model/index.ts). The reasons and
 * the capacity chart's words both say so when it is.
 */
export function leadsWaitFeedNewAe(model: Pick<Model, 'capacity' | 'economics'>): boolean {
  return (
    model.capacity.leadsWait && model.economics.ae.oppsPerMonth > model.capacity.surplusOpps + 0.5
  );
}
