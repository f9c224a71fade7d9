import type { Answers } from './answers/schema';

/*
 * Engine v2 yardstick (issue 9): named company profiles with the call an experienced sales-hiring
 * advisor would make, written BEFORE the v2 engine existed and without reading any engine rule.
 * Method, sources and the contestable calls: docs/decisions/scenarios-v2-method.md.
 *
 * ANSWERS SHAPE ASSUMED. The 23 keys of `Answers` plus two new ones:
 *   sellingFounders    how many founders sell (0–5). `founderSalesHours` is then read as the hours
 *                      EACH selling founder spends selling in a week (not the sum): three founders
 *                      at 8 h are three people at 8 h, not one person at 24 h. The engine engineer
 *                      aligns with this reading.
 *   hireRegion         where the hire will sit; with the currency it sets pay, employer on-costs,
 *                      time to hire and (EU consent rules) how much outbound one SDR can do.
 *
 * HOW A CALL IS MADE (the advisor's working figures; each is an assumption the engine keeps with
 * its own source, these are only what the calls below were reasoned from):
 *   - First-hire readiness: about 10 customers won by the founder (Justin Welsh 2018), the founder's
 *     selling taking more than ~20% of their week (SaaStr/Lemkin rule of thumb), a win process the
 *     founder can describe. Qualified leads that wait are trusted over any modelled capacity.
 *   - Profile: transactional/full-cycle under ~$10k ACV with a cycle under ~45 days and 1–2 buyers;
 *     mid-market ~$10k–75k or any deal whose cycle/buying group needs a consultative process;
 *     enterprise from ~$75–100k with a 4+ month cycle and 5+ buyers. KBCM's $25k line is inside vs
 *     field, not mid-market vs enterprise (KBCM private SaaS surveys 2017–2019).
 *   - Pay (US): transactional AE OTE ~$110k, mid-market ~$150k, enterprise ~$260k, SDR ~$80k;
 *     fully loaded ×1.3. Europe is paid and costed locally (see DOMAIN.md Europe figures).
 *   - Quota 4× OTE for a first hire, 70% attainment in year one, gross margin 78%.
 *   - Ramp: transactional ~2.5 months, mid-market ~5 (Bridge Group 2024 SaaS AE report: 5.0-month
 *     median), enterprise ~7, never shorter than one sales cycle; SDR 3. Time to hire: 2–3 months
 *     in the US/UK, ~3 in continental Europe (notice periods).
 *   - Seat payback on gross profit = loaded yearly cost ÷ (gross profit on the new ARR the seat can
 *     close in a year) × 12. A seat its pipeline can fill pays back in ~7 months on these figures;
 *     a pipeline-starved seat pays back later. Limit: ~18 months transactional, ~24 mid-market,
 *     ~30 enterprise (Bessemer "Cloud Computing Law #6", 2012: SMB 6–18, enterprise up to 24–36).
 *   - Runway needed = time to hire + ramp + payback: ~12 months transactional, ~15 mid-market,
 *     ~17+ enterprise on the figures above. Below it, no hire of any kind.
 *   - SDR: ~15 meetings a month after ramp in the US/UK; about half where EU consent rules bite (the
 *     answers cannot tell Germany from France, so eu-west is read that way); fewer in enterprise.
 *     ~Half of meetings become qualified opportunities; outbound-sourced deals close at ~40% of
 *     the company's rate. SDR:AE 1:2.5 average, 1:2.1 under $25M revenue (TOPO 2015). No SDR as a
 *     first SDR without someone on the team having booked meetings outbound on purpose.
 *   - Team capacity: ramped AEs × quota × ~85% attainment (DOMAIN.md); a first hire is judged on
 *     ~70% in year one. Team calls below hold anywhere between 70% and 100% attainment unless
 *     marked near a boundary. Capacity within ±20% of need is "at capacity", not "room".
 *   - A close rate on qualified opportunities under ~10% is a qualification problem, not a
 *     headcount one.
 *
 * `mustMention` topics are short subjects the result's reasons (or blockers / levers) must cover;
 * see `Topic` for what each means. `acceptableAlso` lists other calls only where two are genuinely
 * defensible; the scenario passes on `expect` or any of them.
 */

export type HireRegion = 'us' | 'uk' | 'eu-west' | 'eu-south-east' | 'other';
export type AnswersV2 = Answers & { sellingFounders: number; hireRegion: HireRegion };

export type StatusV2 = 'hire-now' | 'hire-after' | 'not-yet';
export type AeProfileV2 = 'transactional' | 'mid-market' | 'enterprise';

/** A call. A gate that stops every hire gives kind 'not-yet'; an AE in the call always has a profile. */
export type Call =
  | { status: 'not-yet'; kind: 'not-yet' }
  | { status: 'hire-now' | 'hire-after'; kind: 'sdr' }
  | { status: 'hire-now' | 'hire-after'; kind: 'ae' | 'both'; aeProfile: AeProfileV2 };

export type Topic =
  | 'runway' // months of cash against hire + ramp + payback
  | 'payback' // the hire's gross-profit payback is too slow or never comes
  | 'deal-size' // deal size too small for the motion (self-serve, price, channel)
  | 'cycle' // the sales cycle drives ramp, profile or capacity
  | 'playbook' // write the sales process down
  | 'crm' // track the pipeline in a CRM with stages
  | 'icp' // define / document the ideal customer profile
  | 'qualification' // qualify opportunities (a framework)
  | 'close-rate' // the close rate itself is the problem
  | 'customers' // too few customers won founder-led
  | 'pipeline' // too few qualified opportunities
  | 'capacity' // closers (founders or AEs) full, at capacity, or with room
  | 'leads-waiting' // the company said qualified leads wait; trusted over the model
  | 'founders' // founders counted one by one, each founder's share of the week
  | 'meetings' // no proven way to book meetings outbound
  | 'outbound-rules' // EU consent rules (UWG §7 in Germany; ePrivacy elsewhere) cut outbound output
  | 'sdr-ratio' // SDRs already meet (or far exceed) the SDR:closer ratio
  | 'sequencing' // closer first, SDR at a named trigger
  | 'pay-by-region' // pay and on-costs of the hire's region, in the company's currency
  | 'near-boundary'; // the answer sits near a profile or capacity boundary

export interface ScenarioV2 {
  name: string;
  answers: AnswersV2;
  expect: Call & { acceptableAlso?: Call[]; mustMention?: Topic[] };
  /** 2–4 sentences: the reasoning, the figure relied on and its source (name and year). */
  why: string;
}

const from = (base: AnswersV2, changes: Partial<AnswersV2>): AnswersV2 => ({ ...base, ...changes });

/** Seed company, one founder selling 25 h, 12 qualified opportunities a month that it cannot all work. */
export const FOUNDER_LED: AnswersV2 = {
  companyName: 'Founder-led Co',
  arrBand: 'under-1m',
  customers: 22,
  aes: 0,
  sdrs: 0,
  qualifiedOppsPerMonth: 12,
  leadTrend: 'steady',
  leadSources: ['inbound', 'referral'],
  leadsUnworked: true,
  outbound: 'ad-hoc',
  icp: 'documented',
  processDocs: 'playbook',
  crm: 'crm-stages',
  qualification: 'framework',
  nonFounderWins: 0,
  currency: 'USD',
  acv: 24_000,
  closeRatePct: 25,
  salesCycleDays: 45,
  stakeholders: 3,
  founderSalesHours: 25,
  founderClosesAll: true,
  runwayMonths: 20,
  sellingFounders: 1,
  hireRegion: 'us',
};

/** Small-ticket, short-cycle product with more inbound than the founder can answer. */
export const TRANSACTIONAL: AnswersV2 = from(FOUNDER_LED, {
  companyName: 'Quick Deals Co',
  customers: 70,
  qualifiedOppsPerMonth: 30,
  leadSources: ['inbound'],
  acv: 6_000,
  closeRatePct: 30,
  salesCycleDays: 21,
  stakeholders: 1,
  founderSalesHours: 30,
  runwayMonths: 16,
});

/** Founder-led enterprise seller past $1M ARR, big deals, long cycles, leads waiting. */
export const ENTERPRISE: AnswersV2 = from(FOUNDER_LED, {
  companyName: 'Big Ticket Co',
  arrBand: '1m-5m',
  customers: 12,
  qualifiedOppsPerMonth: 4,
  leadSources: ['referral', 'events', 'outbound'],
  acv: 120_000,
  closeRatePct: 20,
  salesCycleDays: 150,
  stakeholders: 7,
  founderSalesHours: 30,
  runwayMonths: 30,
});

/** Three AEs fed by inbound and their own outbound, founders mostly out of selling, ~30% room. */
export const TEAM: AnswersV2 = {
  companyName: 'Team Co',
  arrBand: '1m-5m',
  customers: 90,
  aes: 3,
  sdrs: 0,
  qualifiedOppsPerMonth: 12,
  leadTrend: 'steady',
  leadSources: ['inbound', 'outbound', 'referral'],
  leadsUnworked: false,
  outbound: 'systematic',
  icp: 'documented',
  processDocs: 'playbook',
  crm: 'crm-stages',
  qualification: 'framework',
  nonFounderWins: 60,
  currency: 'USD',
  acv: 30_000,
  closeRatePct: 25,
  salesCycleDays: 60,
  stakeholders: 3,
  founderSalesHours: 4,
  founderClosesAll: false,
  runwayMonths: 24,
  sellingFounders: 1,
  hireRegion: 'us',
};

/** TEAM sold to large companies: $100k deals, five-month cycles, seven people deciding. */
const ENTERPRISE_TEAM: AnswersV2 = from(TEAM, {
  companyName: 'Enterprise Team Co',
  arrBand: 'over-5m',
  customers: 55,
  qualifiedOppsPerMonth: 6,
  acv: 100_000,
  closeRatePct: 20,
  salesCycleDays: 150,
  stakeholders: 7,
  runwayMonths: 30,
});

export const SCENARIOS_V2: ScenarioV2[] = [
  // ── Founder-led, mid-market ────────────────────────────────────────────────────────────────
  {
    name: 'Founder saturated, leads waiting, $24k deals (the classic first AE)',
    answers: FOUNDER_LED,
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'mid-market', mustMention: ['capacity'] },
    why: 'Twenty-two customers won founder-led clears the ~10-customer bar (Justin Welsh 2018), the founder sells 25 h a week (well past the ~20%-of-the-week trigger, SaaStr/Lemkin) and qualified leads already wait. One mid-market AE needs ~6–8 opportunities a month at $24k and 25% (70–100% of a quota 4× a $150k OTE); there are 12, so the seat is full and pays back in ~7 months on 78% gross margin. Runway needed ≈ 2.5 hire + 5 ramp (Bridge Group 2024 median 5.0 months) + 7 ≈ 15 months, under the 20 it has.',
  },
  {
    name: 'Same company, the playbook lives in the founder’s head',
    answers: from(FOUNDER_LED, { processDocs: 'in-head', qualification: 'informal' }),
    expect: {
      status: 'hire-after',
      kind: 'ae',
      aeProfile: 'mid-market',
      mustMention: ['playbook'],
    },
    why: 'The need and the money are there, but a first AE must run a proven process, not invent one (Roberge, The Sales Acceleration Formula, 2015: new reps are trained on a defined, repeatable process). Writing the stages, exit criteria and qualification questions takes the founder 2–4 weeks, less than the 2–3 months a hire takes, so it runs alongside recruiting: hire after, not not-yet.',
  },
  {
    name: 'Well funded (48 months): AE now, SDR at a trigger — not both',
    answers: from(FOUNDER_LED, { runwayMonths: 48 }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'mid-market',
      mustMention: ['sequencing'],
    },
    why: 'More money does not change what is short: closing capacity, with leads waiting. Advisors hire the closer first and add a lead generator when that closer runs out of pipeline (Predictable Revenue 2011 on specialising roles; Bridge Group 2017 AE report: roles are rarely split under $5M ARR). The result should name the trigger for the SDR, not recommend both now.',
  },
  {
    name: 'Runway 12 months, mid-market',
    answers: from(FOUNDER_LED, { runwayMonths: 12 }),
    expect: {
      status: 'not-yet',
      kind: 'not-yet',
      acceptableAlso: [{ status: 'hire-now', kind: 'ae', aeProfile: 'mid-market' }],
      mustMention: ['runway'],
    },
    why: 'Runway needed ≈ 2.5 months to hire + 5 to ramp (Bridge Group 2024, 5.0-month median) + ~7 of gross-profit payback ≈ 15 months; 12 is about 20% short, so a hire would only pay for itself after the cash is gone. Raise or extend runway first. Contestable: with a full pipeline some advisors would hire and plan the raise around the ramp.',
  },
  {
    name: 'Runway 5 months',
    answers: from(FOUNDER_LED, { runwayMonths: 5 }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['runway'] },
    why: 'Five months does not cover even hiring plus ramp (~7.5 months for a mid-market AE, Bridge Group 2024 ramp median 5.0 months), let alone payback. No hire of any kind; "hire after" is never used for money. The result may say an AE follows once runway passes ~15 months.',
  },
  {
    name: 'Runway 9 months and the playbook in the founder’s head',
    answers: from(FOUNDER_LED, { runwayMonths: 9, processDocs: 'in-head' }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['runway', 'playbook'] },
    why: 'The playbook alone would be a hire-after blocker, but runway is a gate: ~15 months are needed for hire + ramp + payback at mid-market (Bridge Group 2024 ramp; Bessemer 2012 payback on gross margin). Money never makes a "hire after", so the whole call is not yet, with both things to fix.',
  },
  {
    name: 'Three founders selling 8 h each, leads not waiting',
    answers: from(FOUNDER_LED, {
      sellingFounders: 3,
      founderSalesHours: 8,
      leadsUnworked: false,
      qualifiedOppsPerMonth: 8,
    }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['founders', 'capacity'] },
    why: 'Each founder sells 8 h, under the ~20%-of-a-week trigger (SaaStr/Lemkin), and no qualified lead waits: three people each with room are not one person at 24 h. Keep founder-led and revisit when one founder passes ~10 h or leads start waiting; a hire now would take deals from founders who can still win them.',
  },
  {
    name: 'One founder selling 24 h, same pipeline as the three-founder company',
    answers: from(FOUNDER_LED, {
      founderSalesHours: 24,
      leadsUnworked: false,
      qualifiedOppsPerMonth: 8,
    }),
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'mid-market', mustMention: ['founders'] },
    why: 'One founder at 24 h is far past the ~20% trigger (SaaStr/Lemkin) and closes every deal. Eight opportunities a month is ~95% of what one mid-market AE needs at $24k and 25% (quota 4× $150k OTE), so handing the flow over fills the seat. Payback ~7 months; 20 months of runway covers hire + ramp + payback (~15).',
  },
  {
    name: 'Two founders selling 12 h each, leads waiting',
    answers: from(FOUNDER_LED, {
      sellingFounders: 2,
      founderSalesHours: 12,
      qualifiedOppsPerMonth: 14,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'mid-market',
      mustMention: ['leads-waiting'],
    },
    why: 'Both founders are past ~20% of their week (SaaStr/Lemkin) and qualified leads still wait, which is the clearest sign closing capacity is short. Fourteen opportunities a month is more than one AE needs (~6–8 at $24k, 25%), so one closer is fully fed.',
  },
  {
    name: 'Eight customers, leads waiting',
    answers: from(FOUNDER_LED, { customers: 8, processDocs: 'partial', qualifiedOppsPerMonth: 10 }),
    expect: {
      status: 'not-yet',
      kind: 'not-yet',
      acceptableAlso: [{ status: 'hire-after', kind: 'ae', aeProfile: 'mid-market' }],
      mustMention: ['customers'],
    },
    why: 'Eight customers is just under the ~10 most advisors want won founder-led before the first salesperson (Justin Welsh 2018). With leads waiting the founder is busy, but the pitch is not yet shown to repeat. Contestable: at ~2 wins a month the bar is a few weeks away, so "hire after, starting the search now" is defensible.',
  },
  {
    name: 'Three customers from the founder’s own network',
    answers: from(FOUNDER_LED, {
      customers: 3,
      qualifiedOppsPerMonth: 4,
      leadTrend: 'sporadic',
      leadSources: ['referral'],
      leadsUnworked: false,
      icp: 'rough',
      processDocs: 'in-head',
      founderSalesHours: 15,
    }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['customers'] },
    why: 'Three network customers do not show product-market fit or a pitch that works on strangers; the bar is ~10 won from outside the network (Justin Welsh 2018; Pete Kazanjy, Founding Sales, 2016+). Keep selling founder-led, document who buys and why.',
  },
  {
    name: 'Pre-revenue, design partners only',
    answers: from(FOUNDER_LED, {
      arrBand: 'pre-revenue',
      customers: 0,
      qualifiedOppsPerMonth: 2,
      leadTrend: 'sporadic',
      leadSources: ['referral'],
      leadsUnworked: false,
      icp: 'rough',
      processDocs: 'none',
      crm: 'spreadsheet',
      qualification: 'none',
      founderSalesHours: 10,
      runwayMonths: 24,
    }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['customers'] },
    why: 'No paying customer, no process: a salesperson would have nothing proven to sell. The founder closes the first ~10 customers (Justin Welsh 2018; SaaStr/Lemkin); money in the bank does not change that.',
  },
  {
    name: 'Fifteen customers but no pipeline',
    answers: from(FOUNDER_LED, {
      customers: 15,
      qualifiedOppsPerMonth: 1,
      leadTrend: 'sporadic',
      leadSources: ['referral'],
      leadsUnworked: false,
      outbound: 'none',
      founderSalesHours: 6,
    }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['pipeline'] },
    why: 'One opportunity a month is ~12% of what a mid-market AE needs (~8 at $24k, 25%): the seat would pay back in years, not months, and nobody has shown outbound works, so an SDR is ruled out too. Build a repeatable source of opportunities first (DOMAIN.md: an AE without pipeline burns money).',
  },
  {
    name: 'No ICP, no written process, inbound piling up',
    answers: from(FOUNDER_LED, {
      customers: 12,
      icp: 'none',
      processDocs: 'none',
      crm: 'spreadsheet',
      qualification: 'none',
    }),
    expect: {
      status: 'not-yet',
      kind: 'not-yet',
      acceptableAlso: [{ status: 'hire-after', kind: 'ae', aeProfile: 'mid-market' }],
      mustMention: ['icp', 'playbook'],
    },
    why: 'With no idea who the best buyer is and nothing written down, a new AE chases every lead and the first hire fails on process, not talent (TOPO 2017 sales development funnel: ICP is the foundation). Contestable: twelve customers give enough data to write an ICP in a couple of weeks, so some would start recruiting alongside.',
  },

  // ── Close rate, deal size and unit economics ───────────────────────────────────────────────
  {
    name: 'Close rate 1% with leads waiting',
    answers: from(FOUNDER_LED, { closeRatePct: 1 }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['close-rate', 'qualification'] },
    why: 'Winning 1 in 100 "qualified" opportunities means they are not qualified: sales-qualified opportunities close at ~22% on average (TOPO 2017 sales development benchmark). An AE would need ~200 opportunities a month to make a $600k quota at $24k. Fix qualification (a framework, a tighter ICP) before adding headcount.',
  },
  {
    name: 'Close rate 0% with leads waiting',
    answers: from(FOUNDER_LED, { closeRatePct: 0 }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['close-rate', 'qualification'] },
    why: 'Nothing recent has closed, so no hire can pay back (payback never comes, Bessemer 2012 method). Waiting leads are not a capacity problem if none of them buy; find out why deals are lost first.',
  },
  {
    name: '$500 deals, founder-led',
    answers: from(FOUNDER_LED, { acv: 500, customers: 60 }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['payback', 'deal-size'] },
    why: 'Below ~$1k ACV the dominant motion is self-serve (KBCM private SaaS surveys 2017–2019). The whole pipeline is worth 12 × 25% × $500 = $1.5k of new ARR a month against a ~$12k monthly cost for even a transactional AE: payback never comes. Fix the economics (price, packaging, self-serve, a partner channel).',
  },
  {
    name: '$3k deals at modest volume never pay back',
    answers: from(TRANSACTIONAL, {
      acv: 3_000,
      customers: 50,
      qualifiedOppsPerMonth: 10,
      closeRatePct: 20,
      salesCycleDays: 30,
      stakeholders: 2,
    }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['payback'] },
    why: 'Even if an AE closed every deal the company sees, that is 10 × 20% × $3k = $6k of new ARR a month, ~$56k of gross profit a year against a ~$143k loaded transactional AE: ~30 months to pay back, past the ~18-month SMB limit (Bessemer Cloud Law #6, 2012). Raise price or volume, or stay self-serve.',
  },
  {
    name: '$1.5k deals at high volume (120 opportunities a month)',
    answers: from(TRANSACTIONAL, {
      acv: 1_500,
      customers: 400,
      qualifiedOppsPerMonth: 120,
      salesCycleDays: 10,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'transactional',
      acceptableAlso: [{ status: 'not-yet', kind: 'not-yet' }],
      mustMention: ['deal-size'],
    },
    why: 'Small deals, but the volume fills an inside rep: at 30% and a 10-day cycle a transactional AE can close ~17 deals a month (~$300k a year at 70% of a 4× $110k quota), paying back in ~7 months. KBCM surveys (2017–2019) put $1k–25k ACV in inside sales. Contestable: many advisors would push this into self-serve with a sales-assist role instead.',
  },
  {
    name: '$4k deals with a 180-day public-sector cycle',
    answers: from(FOUNDER_LED, {
      acv: 4_000,
      customers: 80,
      qualifiedOppsPerMonth: 20,
      closeRatePct: 35,
      salesCycleDays: 180,
      stakeholders: 4,
      runwayMonths: 24,
    }),
    expect: {
      status: 'not-yet',
      kind: 'not-yet',
      acceptableAlso: [{ status: 'hire-now', kind: 'ae', aeProfile: 'mid-market' }],
      mustMention: ['payback', 'cycle'],
    },
    why: 'A six-month, four-person procurement needs a consultative closer (mid-market pay, never a transactional profile), and one closer can only carry so many six-month deals: ~30 open deals means ~2 wins a month, ~$8k of new ARR, ~36 months to pay back a $195k loaded seat, past the ~24-month mid-market limit (Bessemer 2012). Sell through a framework agreement or reseller, or raise the price. Contestable: if the closer can carry all 20 opportunities a month, payback is ~9 months and a mid-market AE is the call.',
  },

  // ── Profiles and boundaries ────────────────────────────────────────────────────────────────
  {
    name: 'Transactional: $6k deals, 3-week cycle, inbound flood',
    answers: TRANSACTIONAL,
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'transactional' },
    why: 'Short cycle, one buyer, small deals: a full-cycle inside rep, not a consultative AE (KBCM 2017–2019: inside sales at $1k–25k). A 4× $110k quota at 70% is ~4 deals a month, ~14 opportunities at 30%; there are 30. Runway needed ≈ 2 hire + 2.5 ramp + 7 payback ≈ 12 months, under 16.',
  },
  {
    name: 'Transactional at 12 months of runway (at the floor)',
    answers: from(TRANSACTIONAL, { runwayMonths: 12 }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'transactional',
      acceptableAlso: [{ status: 'not-yet', kind: 'not-yet' }],
      mustMention: ['runway'],
    },
    why: 'Runway needed for a transactional seat ≈ 2 months to hire + 2.5 to ramp (SMB 2–3, DOMAIN.md) + ~7 of payback ≈ 11.5; 12 just covers it. Either call is defensible at the floor; the result must say runway is what it rests on.',
  },
  {
    name: 'Transactional at 7 months of runway',
    answers: from(TRANSACTIONAL, { runwayMonths: 7 }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['runway'] },
    why: 'Seven months covers hiring and ramp (~4.5) but not the ~7 months of gross-profit payback after it (Bessemer 2012 method); the company would run out of cash before the seat earns its cost. The result may name the transactional AE that follows once runway passes ~12 months.',
  },
  {
    name: '$4,999 deals',
    answers: from(TRANSACTIONAL, {
      acv: 4_999,
      customers: 90,
      qualifiedOppsPerMonth: 40,
      salesCycleDays: 20,
      stakeholders: 2,
    }),
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'transactional' },
    why: 'Forty opportunities a month at 30%, a 20-day cycle and two buyers: a transactional rep is filled several times over (needs ~17) and pays back in ~7 months. A dollar either side of $5,000 changes nothing a buyer would notice.',
  },
  {
    name: '$5,000 deals (same company)',
    answers: from(TRANSACTIONAL, {
      acv: 5_000,
      customers: 90,
      qualifiedOppsPerMonth: 40,
      salesCycleDays: 20,
      stakeholders: 2,
    }),
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'transactional' },
    why: 'Twin of the $4,999 company: the profile must not flip on $1. The ~$5k line in DOMAIN.md (Tunguz 2016) is about whether SDR outbound pays, not about which closer to hire.',
  },
  {
    name: '€4,800 deals, hire in EU west',
    answers: from(TRANSACTIONAL, {
      currency: 'EUR',
      hireRegion: 'eu-west',
      acv: 4_800,
      customers: 90,
      qualifiedOppsPerMonth: 40,
      salesCycleDays: 20,
      stakeholders: 2,
    }),
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'transactional' },
    why: '€4,800 is about $5,200: the same deal as the $4,800 company, so the same profile. With a local OTE and ~3 months to hire (notice periods), runway needed ≈ 3 + 2.5 + 7 ≈ 12.5 months, under 16.',
  },
  {
    name: '$4,800 deals, US hire',
    answers: from(TRANSACTIONAL, {
      acv: 4_800,
      customers: 90,
      qualifiedOppsPerMonth: 40,
      salesCycleDays: 20,
      stakeholders: 2,
    }),
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'transactional' },
    why: 'Dollar twin of the €4,800 company, and the same call: a transactional rep. The pipeline fills the seat twice over and it pays back in ~7 months (KBCM 2017–2019 inside-sales band for $1k–25k deals).',
  },
  {
    name: '$9k deals, 30-day cycle, 2 buyers (transactional / mid-market edge)',
    answers: from(FOUNDER_LED, {
      acv: 9_000,
      customers: 45,
      qualifiedOppsPerMonth: 20,
      salesCycleDays: 30,
      stakeholders: 2,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'transactional',
      acceptableAlso: [{ status: 'hire-now', kind: 'ae', aeProfile: 'mid-market' }],
      mustMention: ['near-boundary'],
    },
    why: 'Just under ~$10k with a one-month cycle and two buyers reads transactional, but it sits on the line; either profile is defensible and the result should say so. Twenty opportunities a month fill either seat (~11 needed for transactional at 25%).',
  },
  {
    name: '$25k deals, 90-day cycle, 4 buyers',
    answers: from(FOUNDER_LED, { acv: 25_000, salesCycleDays: 90, stakeholders: 4 }),
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'mid-market' },
    why: 'This is mid-market, not enterprise: KBCM’s ~$25k line separates inside from field sales (KBCM 2017–2019), and enterprise usually starts at ~$75–100k with larger buying groups. Twelve opportunities a month fill a mid-market seat (~6 needed at 70% attainment); ramp at least one 3-month cycle, ~5 months; runway 20 covers ~15 needed.',
  },
  {
    name: '$75k deals, 120-day cycle, 6 buyers (mid-market / enterprise edge)',
    answers: from(ENTERPRISE, {
      arrBand: 'under-1m',
      customers: 10,
      acv: 75_000,
      qualifiedOppsPerMonth: 5,
      closeRatePct: 22,
      salesCycleDays: 120,
      stakeholders: 6,
      runwayMonths: 28,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'enterprise',
      acceptableAlso: [{ status: 'hire-now', kind: 'ae', aeProfile: 'mid-market' }],
      mustMention: ['near-boundary'],
    },
    why: 'At $75k, four months and six buyers the deal sits where enterprise starts (~$75–100k, DOMAIN.md), so either profile is defensible and the result should say it is near the line. Five opportunities a month fill an enterprise seat (~4 needed at 22% for 70% of a 4× $260k quota); runway 28 covers ~3 hire + 7 ramp + 8 payback.',
  },
  {
    name: 'Enterprise: $120k deals, 5-month cycle, 7 buyers',
    answers: ENTERPRISE,
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'enterprise' },
    why: 'Founder-led sales at $120k ACV normally runs past $1M ARR (DOMAIN.md: past $2M at $250k), and this founder is at 30 h with leads waiting. An enterprise AE needs ~2.5 opportunities a month at 20% (70% of a 4× $260k quota); there are 4. Runway needed ≈ 3 hire + 7 ramp (≥ the 5-month cycle) + 7 payback ≈ 17 months, under 30.',
  },
  {
    name: 'Enterprise at 10 months of runway',
    answers: from(ENTERPRISE, { runwayMonths: 10 }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['runway'] },
    why: 'An enterprise AE takes ~3 months to hire and ramps at least one 5-month cycle (enterprise 6–9 months, Bridge Group data via DOMAIN.md): the seat cannot close a deal before the cash runs out. Raise first; the hire that follows is an enterprise AE.',
  },
  {
    name: 'Enterprise with the playbook in the founder’s head and informal qualification',
    answers: from(ENTERPRISE, { processDocs: 'in-head', qualification: 'informal' }),
    expect: {
      status: 'hire-after',
      kind: 'ae',
      aeProfile: 'enterprise',
      mustMention: ['playbook', 'qualification'],
    },
    why: 'Seven-person buying groups need a written multi-threading process and a qualification framework (MEDDIC-style) the AE can run from day one. The founder can write both in the ~3 months an enterprise hire takes, so the search starts now alongside.',
  },
  {
    name: '$6k deals, pipeline kept in a spreadsheet',
    answers: from(TRANSACTIONAL, { crm: 'spreadsheet', qualification: 'informal' }),
    expect: { status: 'hire-after', kind: 'ae', aeProfile: 'transactional', mustMention: ['crm'] },
    why: 'A transactional rep works 30+ opportunities a month; without a CRM with stages nobody can see what they hold or coach them. Setting one up takes 1–2 weeks, far inside the ~2 months a hire takes: hire after.',
  },

  // ── Founder background and SDR as a first hire ─────────────────────────────────────────────
  {
    name: 'Sales-background founder: books meetings outbound, has closing time left',
    answers: from(FOUNDER_LED, {
      customers: 14,
      qualifiedOppsPerMonth: 4,
      leadSources: ['outbound', 'referral'],
      leadsUnworked: false,
      outbound: 'systematic',
      acv: 30_000,
      closeRatePct: 30,
      salesCycleDays: 60,
      founderSalesHours: 10,
    }),
    expect: {
      status: 'hire-now',
      kind: 'sdr',
      acceptableAlso: [{ status: 'hire-now', kind: 'ae', aeProfile: 'mid-market' }],
      mustMention: ['pipeline'],
    },
    why: 'The founder closes well (30%), still has room, and has proven outbound books meetings: the constraint is pipeline, and a founder with a sales background can start with an SDR (first-hire guidance collected in DOMAIN.md). One SDR books ~15 meetings a month, ~7 opportunities closing at ~12% outbound: ~$27k new ARR a month, payback ~5 months on an $80k OTE. Contestable: a full-cycle AE who prospects is the more common first hire under $5M ARR (Bridge Group 2017).',
  },
  {
    name: 'Technical founder, never prospected, selling 20 h',
    answers: from(FOUNDER_LED, {
      customers: 14,
      qualifiedOppsPerMonth: 6,
      leadsUnworked: false,
      outbound: 'none',
      acv: 30_000,
      closeRatePct: 30,
      salesCycleDays: 60,
      founderSalesHours: 20,
    }),
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'mid-market', mustMention: ['meetings'] },
    why: 'A technical founder usually hires a full-cycle closer first (DOMAIN.md; Bridge Group 2017: roles not split under $5M ARR). Six opportunities a month fill a mid-market seat (~4 needed at $30k, 30%, 70% of quota), and 20 h a week is well past the ~20% trigger. No SDR: nobody has shown outbound books meetings, so the result should say why not.',
  },
  {
    name: 'SDR as first hire without a proven way to book meetings',
    answers: from(FOUNDER_LED, {
      customers: 14,
      qualifiedOppsPerMonth: 3,
      leadsUnworked: false,
      outbound: 'none',
      acv: 30_000,
      closeRatePct: 30,
      salesCycleDays: 60,
      founderSalesHours: 8,
    }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['meetings', 'pipeline'] },
    why: 'Pipeline is thin and the founder has room (8 h), which points at an SDR, but nobody has ever booked a meeting outbound: an SDR would be inventing the motion alone, and the role exists to run a prospecting process that already works (Predictable Revenue 2011). An AE would start under-fed (3 of the ~4 opportunities a seat needs) with a founder who is not yet busy. The founder runs a 4–6 week outbound test first.',
  },

  // ── Regions and currencies ─────────────────────────────────────────────────────────────────
  {
    name: 'Zagreb company, EUR, hire in EU south-east, €8k deals',
    answers: from(FOUNDER_LED, {
      companyName: 'Zagreb Co',
      currency: 'EUR',
      hireRegion: 'eu-south-east',
      customers: 40,
      qualifiedOppsPerMonth: 8,
      acv: 8_000,
      closeRatePct: 25,
      salesCycleDays: 30,
      stakeholders: 2,
      runwayMonths: 15,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'transactional',
      mustMention: ['pay-by-region'],
    },
    why: 'A locally paid rep (OTE ~€60k, ~€75k loaded; DOMAIN.md south/east range €50–90k) can close ~€14k of new ARR a month (70% of a 4× quota; the pipeline offers 8 × 25% × €8k = €16k) and pays back in ~7 months, so runway needed ≈ 3 + 2.5 + 7 ≈ 12.5 months, under 15. Costed at US pay converted to euros (~€132k loaded) the same seat, now limited by the pipeline, takes ~11 months to pay back and needs ~16: the answer depends on pricing the hire where it sits.',
  },
  {
    name: 'UK company, GBP, UK hire, £20k deals',
    answers: from(FOUNDER_LED, {
      companyName: 'London Co',
      currency: 'GBP',
      hireRegion: 'uk',
      acv: 20_000,
    }),
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'mid-market' },
    why: 'Same shape as the classic first-AE company, priced in pounds: founder at 25 h, leads waiting, 12 opportunities a month against ~8 a UK mid-market seat needs at £20k, 25%. UK on-costs are at the low end (~20%, DOMAIN.md), and 20 months of runway cover ~15 needed.',
  },
  {
    name: 'Toronto company pricing in USD, hire outside the listed regions',
    answers: from(FOUNDER_LED, { companyName: 'Toronto Co', hireRegion: 'other' }),
    expect: { status: 'hire-now', kind: 'ae', aeProfile: 'mid-market' },
    why: 'Region "other" must still give a call; with no local pay table, US-like costing is a reasonable default. The answer is then the same as the classic first-AE company: founder at 25 h, leads waiting, seat filled, ~7-month payback.',
  },

  // ── Companies with a team ──────────────────────────────────────────────────────────────────
  {
    name: 'Three AEs with ~30% room, no SDR, outbound proven',
    answers: TEAM,
    expect: { status: 'hire-now', kind: 'sdr', mustMention: ['capacity'] },
    why: 'Three AEs need ~17 opportunities a month at $30k, 25% (85% of a quota 4× $150k); they get 12 (~70%), so there is room, and their own outbound shows meetings can be booked. An SDR adds ~7 opportunities closing at ~10%: ~$22k new ARR a month, payback ~6 months on an $80k OTE. The ratio is 0:3, below 1:2.5 (TOPO 2015).',
  },
  {
    name: 'Three AEs at ~80% of need (edge of the ±20% band)',
    answers: from(TEAM, { qualifiedOppsPerMonth: 13.5, leadTrend: 'growing' }),
    expect: {
      status: 'hire-now',
      kind: 'sdr',
      acceptableAlso: [{ status: 'hire-now', kind: 'both', aeProfile: 'mid-market' }],
      mustMention: ['near-boundary'],
    },
    why: '13.5 opportunities cover ~80% of what three AEs need (~17 at 85% attainment), right on the edge of the ±20% "at capacity" band: some room for an SDR, with growing inbound about to fill the rest. Contestable by construction: a little more pipeline or a lower attainment assumption and the call becomes an SDR plus an AE.',
  },
  {
    name: 'Three AEs at capacity, no SDR, outbound proven, inbound growing',
    answers: from(TEAM, { qualifiedOppsPerMonth: 19, leadTrend: 'growing' }),
    expect: {
      status: 'hire-now',
      kind: 'both',
      aeProfile: 'mid-market',
      acceptableAlso: [{ status: 'hire-now', kind: 'ae', aeProfile: 'mid-market' }],
      mustMention: ['capacity'],
    },
    why: 'Nineteen opportunities a month against ~17–20 three AEs can work (85–100% attainment): the AEs are at capacity, so an SDR alone would make leads wait and an AE alone would start under-fed. An AE plus an SDR (1:4 after the hire, still under TOPO 2015’s 1:2.5) grows both sides together. Contestable: with inbound growing, an AE alone is defensible.',
  },
  {
    name: 'Three AEs with room, but every opportunity is inbound (outbound never tried)',
    answers: from(TEAM, { outbound: 'none', leadSources: ['inbound', 'referral'] }),
    expect: {
      status: 'hire-after',
      kind: 'sdr',
      acceptableAlso: [{ status: 'not-yet', kind: 'not-yet' }],
      mustMention: ['meetings'],
    },
    why: 'There is room (12 of ~17 opportunities) but no evidence outbound books meetings for this product. The AEs can run a 4–6 week outbound sequence on the documented ICP while the SDR search runs (~2 months), so hire after; if the test books no meetings, the SDR is off. Contestable: a stricter reading treats "no proven meetings" as a gate and says not yet.',
  },
  {
    name: 'Three AEs with room, outbound running, ICP only rough',
    answers: from(TEAM, { icp: 'rough' }),
    expect: { status: 'hire-after', kind: 'sdr', mustMention: ['icp'] },
    why: 'An SDR lives on a target list; with a rough ICP they prospect the wrong accounts (TOPO 2017: ICP is the foundation of sales development). Writing the ICP from 90 customers takes 2–3 weeks, inside the hiring time, so the SDR search starts alongside.',
  },
  {
    name: 'Two AEs, leads waiting though the model shows ~10% room',
    answers: from(TEAM, {
      aes: 2,
      leadsUnworked: true,
      customers: 70,
      qualifiedOppsPerMonth: 10.5,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'mid-market',
      mustMention: ['leads-waiting'],
    },
    why: '10.5 opportunities against the ~11.3 two AEs need (85% of a 4× quota) is inside the ±20% band, and the company says qualified leads wait: trust that over less than one modelled opportunity of room. The short side is closing capacity, so an AE, not an SDR.',
  },
  {
    name: 'Two AEs and six SDRs, leads waiting',
    answers: from(TEAM, {
      aes: 2,
      sdrs: 6,
      customers: 70,
      qualifiedOppsPerMonth: 20,
      leadsUnworked: true,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'mid-market',
      mustMention: ['sdr-ratio', 'leads-waiting'],
    },
    why: 'Three SDRs per AE is far beyond 1 SDR per 2.5 AEs (TOPO 2015) or 1 per ~2 under $25M revenue, and leads wait: the bottleneck is closers. Another SDR would add meetings nobody can take.',
  },
  {
    name: 'Two AEs and twenty SDRs, leads waiting',
    answers: from(TEAM, {
      aes: 2,
      sdrs: 20,
      customers: 70,
      qualifiedOppsPerMonth: 40,
      leadsUnworked: true,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'mid-market',
      mustMention: ['sdr-ratio', 'leads-waiting'],
    },
    why: 'Ten SDRs per AE: closers are the only constraint (TOPO 2015: 1:2.5 on average, 1:4.4 even in companies over $25M revenue). Forty opportunities a month would fill ~6 AEs; the next several hires are all AEs, and never another SDR while this ratio holds.',
  },
  {
    name: 'Two AEs and one SDR, runway 0',
    answers: from(TEAM, { aes: 2, sdrs: 1, customers: 70, runwayMonths: 0 }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['runway'] },
    why: 'No runway: no hire of any kind, and "0 months of runway" can only be a reason against. Even an SDR needs ~2 months to hire and 3 to ramp (Bridge Group SDR report 2021) before it produces anything.',
  },
  {
    name: 'Six AEs and one SDR, pipeline thin',
    answers: from(TEAM, {
      arrBand: '1m-5m',
      customers: 150,
      aes: 6,
      sdrs: 1,
      qualifiedOppsPerMonth: 22,
    }),
    expect: { status: 'hire-now', kind: 'sdr', mustMention: ['pipeline'] },
    why: 'Six AEs need ~34 opportunities a month (85% of quota) and get 22 (65%), and the one SDR proves the outbound motion. One SDR per six AEs is well under 1:2.5 (TOPO 2015), so there is ratio room; SDR payback ~6 months at $30k.',
  },
  {
    name: 'Eight AEs and four SDRs, leads waiting',
    answers: from(TEAM, {
      arrBand: 'over-5m',
      customers: 220,
      aes: 8,
      sdrs: 4,
      qualifiedOppsPerMonth: 60,
      leadsUnworked: true,
      runwayMonths: 36,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'mid-market',
      mustMention: ['leads-waiting'],
    },
    why: 'Sixty opportunities against the ~45 eight AEs can work, and leads wait: add a closer. The SDR bench is at 1:2 (TOPO 2015: 1:2.5 average), so no SDR is needed until AEs are added.',
  },
  {
    name: 'Eight AEs and four SDRs, pipeline thin',
    answers: from(TEAM, {
      arrBand: 'over-5m',
      customers: 220,
      aes: 8,
      sdrs: 4,
      qualifiedOppsPerMonth: 28,
      runwayMonths: 36,
    }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['sdr-ratio', 'pipeline'] },
    why: 'The AEs have room (28 of ~45), but four SDRs for eight AEs already meets 1:2.5 (TOPO 2015): more SDRs is not the fix. Find why the existing SDRs under-produce (targeting, ramp, management; one manager per ~8 SDRs, Bridge Group 2016 SDR report) and what marketing can add before any new seat.',
  },
  {
    name: 'Four AEs closing 4% of opportunities, leads waiting',
    answers: from(TEAM, {
      aes: 4,
      customers: 110,
      qualifiedOppsPerMonth: 40,
      closeRatePct: 4,
      qualification: 'none',
      leadsUnworked: true,
    }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['close-rate', 'qualification'] },
    why: 'At 4% the "qualified" opportunities are not qualified; leads waiting is noise, not demand the team can close. A qualification framework and a tighter ICP come before headcount: at 4% an AE needs ~40 opportunities a month to make a $600k quota at $30k, against ~7 at a normal 25%.',
  },
  {
    name: 'Four AEs and one SDR at capacity, process partly written, CRM without stages',
    answers: from(TEAM, {
      aes: 4,
      sdrs: 1,
      customers: 120,
      qualifiedOppsPerMonth: 23,
      leadTrend: 'growing',
      processDocs: 'partial',
      crm: 'crm',
      runwayMonths: 30,
    }),
    expect: {
      status: 'hire-after',
      kind: 'both',
      aeProfile: 'mid-market',
      mustMention: ['playbook', 'crm'],
    },
    why: 'Twenty-three opportunities against the ~23–27 four AEs can work (85–100% attainment): the AEs are at capacity and the SDR ratio (1:4) has room under 1:2.5 (TOPO 2015), so growth needs a closer and an opener together. Finishing the playbook and adding stages to the CRM so SDR-to-AE handoffs are tracked takes weeks, inside the hiring time.',
  },
  {
    name: 'Four enterprise AEs and one SDR at capacity',
    answers: from(ENTERPRISE_TEAM, {
      aes: 4,
      sdrs: 1,
      customers: 70,
      qualifiedOppsPerMonth: 16,
      leadTrend: 'growing',
      acv: 90_000,
      salesCycleDays: 120,
      stakeholders: 6,
    }),
    expect: {
      status: 'hire-now',
      kind: 'both',
      aeProfile: 'enterprise',
      mustMention: ['capacity'],
    },
    why: 'Four enterprise AEs making 85% of a 4× $260k quota need ~4.1 opportunities a month each at $90k, 20% — ~16 together; they get 16, so they are at capacity (and stay within ±20% from 70% to 100% attainment). One SDR per four AEs has room under 1:2.5 (TOPO 2015), and an enterprise SDR (~8 meetings) pays back in ~5 months at this deal size: add the pair.',
  },
  {
    name: 'Three enterprise AEs with room, account-based outbound proven',
    answers: ENTERPRISE_TEAM,
    expect: { status: 'hire-now', kind: 'sdr', mustMention: ['pipeline'] },
    why: 'Three enterprise AEs need ~11 opportunities a month at $100k, 20% (85% of a quota 4× $260k); they get 6. An enterprise SDR books fewer meetings (~8) but each is worth far more: ~0.3 deals a month at ~8% outbound close is ~$32k of new ARR, payback ~4 months. Ratio 0:3 is under 1:2.5 (TOPO 2015).',
  },
  {
    name: 'Ten enterprise AEs and three SDRs, leads waiting',
    answers: from(ENTERPRISE_TEAM, {
      aes: 10,
      sdrs: 3,
      customers: 140,
      qualifiedOppsPerMonth: 40,
      leadsUnworked: true,
      runwayMonths: 36,
    }),
    expect: {
      status: 'hire-now',
      kind: 'ae',
      aeProfile: 'enterprise',
      mustMention: ['leads-waiting'],
    },
    why: 'Leads wait, so closing capacity is short even though the SDR ratio (1:3.3) would allow another SDR: more meetings would only wait longer. Add an enterprise closer; the next SDR follows the next AEs.',
  },
  {
    name: 'German company (EUR, EU west), AEs with room, outbound under consent rules',
    answers: from(TEAM, {
      companyName: 'Berlin Co',
      currency: 'EUR',
      hireRegion: 'eu-west',
      acv: 36_000,
      salesCycleDays: 75,
      qualifiedOppsPerMonth: 8,
      leadSources: ['inbound', 'outbound', 'events'],
    }),
    expect: { status: 'hire-now', kind: 'sdr', mustMention: ['outbound-rules'] },
    why: 'Three AEs need ~11 opportunities a month (85% of a quota 4× a ~€120k German OTE, at €36k and 25%) and get 8 (~70%). Cold calls to businesses need presumed consent and cold email prior consent in Germany (UWG §7(2)), so plan on about half the US output, ~8 meetings; even then ~0.4 deals a month at ~10% is ~€14k new ARR, payback ~6 months on a ~€65k loaded SDR. Hire, with the lower target and consent-based channels stated.',
  },
  {
    name: 'SDR for $4k deals: AEs have room',
    answers: from(TEAM, {
      customers: 400,
      acv: 4_000,
      closeRatePct: 30,
      salesCycleDays: 21,
      stakeholders: 1,
      qualifiedOppsPerMonth: 55,
    }),
    expect: { status: 'not-yet', kind: 'not-yet', mustMention: ['payback', 'deal-size'] },
    why: 'The AEs have room, but an SDR’s ~7 opportunities a month at ~12% outbound close bring ~$3.6k of new ARR, ~$34k of gross profit a year against a ~$104k loaded SDR: ~37 months to pay back. Outbound SDRs rarely pay under ~$5k ACV (DOMAIN.md, Tunguz 2016; Bridge Group 2017: SDRs add more value at higher ACV). Grow inbound or partners instead.',
  },
];
