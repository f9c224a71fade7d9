/*
 * Benchmark figures and decision thresholds. None of these are truths: they are rules of thumb from
 * public sources (named in `source`), kept as data so a consultant can change any of them during a
 * call and see the answer move. The engine reads every threshold from here; no figure is written
 * inside a rule or a function.
 */

export type AssumptionUnit =
  | 'usd'
  | 'usd-per-eur'
  | 'usd-per-gbp'
  | 'multiple'
  | 'months'
  | 'days'
  | 'per-month'
  | 'percent'
  | 'hours-per-week'
  | 'deals'
  | 'customers'
  | 'ratio';

export type AssumptionGroup = 'pay' | 'productivity' | 'thresholds' | 'currency';

export interface AssumptionInfo {
  label: string;
  /** One plain sentence on what the figure does in the calculation. */
  help: string;
  unit: AssumptionUnit;
  group: AssumptionGroup;
  defaultValue: number;
  min: number;
  max: number;
  increment: number;
  /** Where the default comes from: a named, dated publication or dataset. */
  source: string;
  /**
   * Set on keys engine v2 no longer reads. They stay in the catalogue because share links and
   * saved work may carry them (keys are part of the link format); the panel hides them.
   */
  retired?: string;
}

// The order of this object is the order of the assumptions panel. Keys are part of the share-link
// format (see docs/decisions), so a key is never renamed or reused; add new keys at the end.
export const ASSUMPTION_INFO = {
  aeOteUsd: {
    label: 'Mid-market account executive pay at target (US)',
    help: 'Base plus commission at 100% of quota, per year, for a US account executive selling mid-market deals. Other places are scaled by the regional pay levels below.',
    unit: 'usd',
    group: 'pay',
    defaultValue: 150000,
    min: 20000,
    max: 1000000,
    increment: 5000,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): median AE on-target earnings about $150k; mid-market roles $150–200k.',
  },
  sdrOteUsd: {
    label: 'SDR pay at target (US)',
    help: 'Base plus variable pay at target, per year, for a US SDR.',
    unit: 'usd',
    group: 'pay',
    defaultValue: 80000,
    min: 10000,
    max: 500000,
    increment: 5000,
    source:
      'Glassdoor US salary data (2024): SDR on-target pay about $77–87k in US metros; The Bridge Group, SDR Metrics & Compensation Report (2021).',
  },
  loadedCostMultiplier: {
    label: 'Fully-loaded cost multiplier (retired)',
    help: 'Replaced by employer on-costs and recruiting fees by region.',
    unit: 'multiple',
    group: 'pay',
    defaultValue: 1.3,
    min: 1,
    max: 3,
    increment: 0.05,
    source: 'TalentBridge (2023): on-target earnings × 1.3.',
    retired: 'Engine v2 costs a hire from regional on-costs, tools and a recruiting fee.',
  },
  quotaMultiple: {
    label: 'Quota as a multiple of pay, once selling is proven',
    help: 'Yearly new-business quota divided by on-target earnings, for a team whose way of selling already works without the founders.',
    unit: 'multiple',
    group: 'productivity',
    defaultValue: 5,
    min: 1,
    max: 15,
    increment: 0.5,
    source:
      'David Skok, For Entrepreneurs, "SaaS Metrics 2.0" (2013): quota at least 5× pay; The Bridge Group (2024): 4–6× is common.',
  },
  aeRampMonths: {
    label: 'Ramp of a mid-market account executive',
    help: 'Months before a new mid-market account executive sells at full speed. Never shorter than one sales cycle.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 5,
    min: 0,
    max: 24,
    increment: 1,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): median ramp 5.0 months.',
  },
  sdrRampMonths: {
    label: 'SDR ramp',
    help: 'Months before a new SDR books meetings at full speed.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 3,
    min: 0,
    max: 12,
    increment: 1,
    source: 'The Bridge Group, SDR Metrics & Compensation Report (2021): ramp about 3 months.',
  },
  sdrMeetingsPerMonth: {
    label: 'Qualified meetings an SDR books a month (US)',
    help: 'Qualified meetings one ramped SDR books a month in the US. Europe uses the outbound output level below.',
    unit: 'per-month',
    group: 'productivity',
    defaultValue: 15,
    min: 1,
    max: 100,
    increment: 1,
    source:
      'The Bridge Group, SDR Metrics & Compensation Report (2021): about 12–20 qualified meetings a month.',
  },
  meetingToOppPct: {
    label: 'SDR meetings that become opportunities',
    help: 'Share of SDR-booked meetings that an account executive accepts as a qualified opportunity.',
    unit: 'percent',
    group: 'productivity',
    defaultValue: 50,
    min: 1,
    max: 100,
    increment: 5,
    source:
      'The Bridge Group, SDR Metrics & Compensation Report (2021): roughly half of SDR meetings are accepted as opportunities.',
  },
  aeActiveDeals: {
    label: 'Deals a mid-market closer can run at once',
    help: 'Open opportunities a full-time mid-market closer can work properly at the same time. Limits how many new opportunities a closer can take each month at your sales cycle.',
    unit: 'deals',
    group: 'productivity',
    defaultValue: 20,
    min: 1,
    max: 200,
    increment: 1,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): AEs typically carry 15–25 open opportunities.',
    retired: 'Engine v2 measures closer capacity from quota and attainment, not from a deal count.',
  },
  closerHoursPerWeek: {
    label: 'Selling hours in a full-time closer’s week',
    help: 'Hours a full-time account executive spends actually selling (calls, demos, proposals, follow-ups); the rest goes to admin, internal meetings and research. Founders’ selling hours are compared with this.',
    unit: 'hours-per-week',
    group: 'productivity',
    defaultValue: 14,
    min: 5,
    max: 80,
    increment: 1,
    source:
      'Salesforce, State of Sales, 5th edition (2022): reps spend about 28% of their week actually selling, about 14 hours of a 50-hour week.',
  },
  sdrsPerAe: {
    label: 'SDRs per closer',
    help: 'The ratio at which SDRs keep closers busy (0.4 means one SDR for two and a half closers). At or above it, another SDR adds little.',
    unit: 'ratio',
    group: 'productivity',
    defaultValue: 0.4,
    min: 0.1,
    max: 3,
    increment: 0.05,
    source:
      'TOPO, Sales Development Benchmark Report (2015): 1 SDR to 2.5 AEs on average (1 : 2.1 under $25M revenue).',
  },
  usdPerEur: {
    label: 'US dollars per euro',
    help: 'Converts euro amounts to dollars and back, to compare with pay benchmarks.',
    unit: 'usd-per-eur',
    group: 'currency',
    defaultValue: 1.1,
    min: 0.1,
    max: 10,
    increment: 0.01,
    source:
      'European Central Bank euro reference rate, 2025 average (about 1.08–1.17); set today’s rate if it matters.',
  },
  usdPerGbp: {
    label: 'US dollars per pound',
    help: 'Converts pound amounts to dollars and back, to compare with pay benchmarks.',
    unit: 'usd-per-gbp',
    group: 'currency',
    defaultValue: 1.3,
    min: 0.1,
    max: 10,
    increment: 0.01,
    source:
      'Bank of England spot rate, 2025 average (about 1.25–1.35); set today’s rate if it matters.',
  },
  transactionalAcvUsd: {
    label: 'Deal size below which outbound rarely pays',
    help: 'Below this first-year value, an SDR doing outbound seldom earns back its cost.',
    unit: 'usd',
    group: 'thresholds',
    defaultValue: 5000,
    min: 0,
    max: 1000000,
    increment: 500,
    source:
      'Tomasz Tunguz, "The SDR ACV threshold" (2016): SDR-led outbound rarely pays below about $5k ACV.',
  },
  outboundPaysAcvUsd: {
    label: 'Deal size from which outbound pays',
    help: 'From this first-year value, an SDR doing outbound usually earns back its cost.',
    unit: 'usd',
    group: 'thresholds',
    defaultValue: 15000,
    min: 0,
    max: 1000000,
    increment: 1000,
    source: 'Tomasz Tunguz (2016): outbound pays from about $15k ACV.',
  },
  enterpriseAcvUsd: {
    label: 'Field-sales deal size (retired)',
    help: 'Replaced by the profile boundaries, which weigh deal size with cycle and buying group.',
    unit: 'usd',
    group: 'thresholds',
    defaultValue: 25000,
    min: 0,
    max: 10000000,
    increment: 1000,
    source: 'KeyBanc Capital Markets SaaS Survey (2019): $25k+ is sold field-style.',
    retired: 'KBCM’s field sales is not enterprise; v2 uses the enterprise deal-size boundary.',
  },
  shortCycleDays: {
    label: 'Cycle at the mid-market boundary',
    help: 'A sales cycle this long counts as mid-market; much shorter is transactional. Weighed together with deal size and buying group.',
    unit: 'days',
    group: 'thresholds',
    defaultValue: 30,
    min: 1,
    max: 365,
    increment: 1,
    source:
      'The Bridge Group (2024): SMB cycles 14–30 days, mid-market 30–90, enterprise 90 or more.',
  },
  founderWeekHours: {
    label: 'A founder’s working week',
    help: 'With the share below, sets how many selling hours a founder can give without neglecting the rest of the company.',
    unit: 'hours-per-week',
    group: 'thresholds',
    defaultValue: 50,
    min: 10,
    max: 100,
    increment: 1,
    source:
      'First Round Review, founder surveys (State of Startups 2019): founders commonly work 50–60 hours a week.',
  },
  founderSalesSharePct: {
    label: 'Sustainable selling share of a founder’s week',
    help: 'Selling beyond this share of a founder’s week crowds out building the company; counted separately for each founder.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 20,
    min: 1,
    max: 100,
    increment: 1,
    source:
      'Justin Welsh, "When to hire your first salesperson" (2021): hire once sales take about 20% of the founder’s week.',
  },
  minFounderLedCustomers: {
    label: 'Customers won founder-led before the first hire',
    help: 'Fewer paying customers than this and the pitch is probably not proven yet (unless revenue is already over $1 million).',
    unit: 'customers',
    group: 'thresholds',
    defaultValue: 10,
    min: 0,
    max: 1000,
    increment: 1,
    source:
      'Jason Lemkin, SaaStr (2015): founders should close about the first 10 customers themselves before hiring sales.',
  },
  minNonFounderWins: {
    label: 'Deals won without a founder that show a repeatable process',
    help: 'With fewer than this, an account executive would have to invent the process rather than run it.',
    unit: 'deals',
    group: 'thresholds',
    defaultValue: 1,
    min: 0,
    max: 100,
    increment: 1,
    source:
      'Mark Roberge, The Sales Acceleration Formula (2015): hire to scale a process that already wins without the founder.',
  },
  lowCloseRatePct: {
    label: 'Close rate that counts as low',
    help: 'Below this, a specialised closer with a consistent process often wins more.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 15,
    min: 0,
    max: 100,
    increment: 1,
    source: 'Ebsta & Pipeliner, B2B Sales Benchmarks (2024): average win rate about 17–20%.',
  },
  minPipelineCoverage: {
    label: 'Pipeline a new account executive needs to start',
    help: 'Share of one account executive’s monthly need that spare opportunities must cover (0.5 means half). Below this, a new closer would mostly wait or prospect.',
    unit: 'ratio',
    group: 'thresholds',
    defaultValue: 0.5,
    min: 0,
    max: 5,
    increment: 0.05,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): new AEs spend the ramp months learning and sourcing part of their own pipeline.',
  },
  enterpriseCycleDays: {
    label: 'Cycle at the enterprise boundary',
    help: 'A sales cycle this long counts as enterprise, weighed together with deal size and buying group.',
    unit: 'days',
    group: 'thresholds',
    defaultValue: 90,
    min: 1,
    max: 730,
    increment: 5,
    source: 'The Bridge Group (2024): enterprise cycles 90 days or more.',
  },
  enterpriseStakeholders: {
    label: 'Buying group at the enterprise boundary',
    help: 'This many people in the buying decision counts as enterprise, weighed together with deal size and cycle.',
    unit: 'ratio',
    group: 'thresholds',
    defaultValue: 5,
    min: 1,
    max: 20,
    increment: 1,
    source:
      'Gartner, The B2B Buying Journey (2019): complex B2B purchases involve 6–10 decision makers.',
  },
  targetPaybackMonths: {
    label: 'Payback that counts as good (retired)',
    help: 'Replaced by payback limits by profile.',
    unit: 'months',
    group: 'thresholds',
    defaultValue: 12,
    min: 1,
    max: 60,
    increment: 1,
    source: 'KeyBanc Capital Markets SaaS Survey (2019).',
    retired: 'v2 uses payback limits by profile, on gross profit.',
  },
  paybackHorizonMonths: {
    label: 'Longest payback worth counting',
    help: 'A hire that has not paid back within this many months is treated as never paying back.',
    unit: 'months',
    group: 'thresholds',
    defaultValue: 60,
    min: 12,
    max: 120,
    increment: 6,
    source:
      'Bessemer Venture Partners, Scaling to $100 Million (2021): even enterprise paybacks beyond about 3 years are treated as broken unit economics.',
  },
  aeOteTransactionalUsd: {
    label: 'Transactional account executive pay at target (US)',
    help: 'Base plus commission at target for a US account executive selling small, short deals.',
    unit: 'usd',
    group: 'pay',
    defaultValue: 110000,
    min: 20000,
    max: 1000000,
    increment: 5000,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): SMB account executives about $100–120k on-target.',
  },
  aeOteEnterpriseUsd: {
    label: 'Enterprise account executive pay at target (US)',
    help: 'Base plus commission at target for a US account executive selling large, long deals.',
    unit: 'usd',
    group: 'pay',
    defaultValue: 270000,
    min: 20000,
    max: 2000000,
    increment: 5000,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): enterprise account executives about $250–300k on-target.',
  },
  payLevelUkPct: {
    label: 'Pay level in the UK',
    help: 'Sales pay in the UK as a share of US pay, after currency conversion.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 75,
    min: 10,
    max: 200,
    increment: 5,
    source:
      'Ravio, Compensation Trends (2024) and Glassdoor UK (2024): London AE on-target £90–120k.',
  },
  payLevelEuWestPct: {
    label: 'Pay level in western and northern Europe',
    help: 'Sales pay in Germany, France, the Netherlands, the Nordics and neighbours as a share of US pay, after conversion.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 70,
    min: 10,
    max: 200,
    increment: 5,
    source: 'Ravio, Compensation Trends (2024): AE on-target in Germany about €100–140k.',
  },
  payLevelEuSouthEastPct: {
    label: 'Pay level in southern and eastern Europe',
    help: 'Sales pay in Spain, Italy, Portugal, Poland and neighbours as a share of US pay, after conversion.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 45,
    min: 10,
    max: 200,
    increment: 5,
    source: 'Ravio, Compensation Trends (2024): AE on-target in Spain and Poland about €50–90k.',
  },
  payLevelOtherPct: {
    label: 'Pay level elsewhere',
    help: 'Sales pay in other places as a share of US pay, after conversion. Set it for the country you hire in.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 70,
    min: 10,
    max: 200,
    increment: 5,
    source: 'Glassdoor (2024), Canada and Australia sales pay at about 65–80% of US levels.',
  },
  aeBaseSharePct: {
    label: 'Account executive base share of pay',
    help: 'The fixed part of an account executive’s on-target pay; the rest is commission.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 50,
    min: 10,
    max: 100,
    increment: 5,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): 50/50 base and variable is the norm.',
  },
  sdrBaseSharePct: {
    label: 'SDR base share of pay',
    help: 'The fixed part of an SDR’s on-target pay; the rest is variable.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 65,
    min: 10,
    max: 100,
    increment: 5,
    source: 'The Bridge Group, SDR Metrics & Compensation Report (2021): 60/40 to 70/30.',
  },
  onCostPctUs: {
    label: 'Employer on-costs in the US',
    help: 'Payroll taxes, health cover and benefits on top of pay.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 20,
    min: 0,
    max: 100,
    increment: 1,
    source:
      'US Bureau of Labor Statistics, Employer Costs for Employee Compensation (2024): benefits and payroll taxes; about 20% on top of pay at sales salaries.',
  },
  onCostPctUk: {
    label: 'Employer on-costs in the UK',
    help: 'Employer National Insurance and pension on top of pay.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 18,
    min: 0,
    max: 100,
    increment: 1,
    source:
      'HMRC, employer National Insurance 15% from April 2025, plus the 3% minimum pension contribution (The Pensions Regulator, 2025).',
  },
  onCostPctEuWest: {
    label: 'Employer on-costs in western and northern Europe',
    help: 'Employer social contributions on top of pay (about 20% in the Netherlands and Germany, over 40% in France).',
    unit: 'percent',
    group: 'pay',
    defaultValue: 25,
    min: 0,
    max: 100,
    increment: 1,
    source:
      'Eurostat, Labour cost levels by country (2023): non-wage costs from about 20% (NL, DE) to over 40% (FR) on top of wages.',
  },
  onCostPctEuSouthEast: {
    label: 'Employer on-costs in southern and eastern Europe',
    help: 'Employer social contributions on top of pay (about 20% in Poland, 30–35% in Spain and Italy).',
    unit: 'percent',
    group: 'pay',
    defaultValue: 30,
    min: 0,
    max: 100,
    increment: 1,
    source: 'Eurostat, Labour cost levels by country (2023).',
  },
  onCostPctOther: {
    label: 'Employer on-costs elsewhere',
    help: 'Employer taxes and benefits on top of pay where you hire.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 20,
    min: 0,
    max: 100,
    increment: 1,
    source:
      'OECD, Taxing Wages (2024): employer contributions range from under 10% to over 30% of pay.',
  },
  toolsMonthlyUsd: {
    label: 'Tools per seller a month',
    help: 'CRM seat, data and sales-engagement tools for one seller, a month.',
    unit: 'usd',
    group: 'pay',
    defaultValue: 500,
    min: 0,
    max: 10000,
    increment: 50,
    source:
      'Salesforce Sales Cloud list price (2024) about $165 a user a month, plus data and engagement tools.',
  },
  recruitingFeePct: {
    label: 'Recruiting fee',
    help: 'One-off agency fee as a share of first-year on-target pay. Set 0 if you hire without an agency.',
    unit: 'percent',
    group: 'pay',
    defaultValue: 20,
    min: 0,
    max: 50,
    increment: 1,
    source:
      'SHRM, Talent Acquisition Benchmarking Report (2022): contingency agency fees commonly 20–25% of first-year pay.',
  },
  timeToHireMonthsUs: {
    label: 'Time to hire in the US',
    help: 'Months from starting the search to the hire’s first day: search, interviews and a short notice period.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 2,
    min: 0,
    max: 12,
    increment: 0.5,
    source:
      'SHRM, Talent Acquisition Benchmarking Report (2022): about 6 weeks to fill, plus two weeks’ notice.',
  },
  timeToHireMonthsUk: {
    label: 'Time to hire in the UK',
    help: 'Months from starting the search to the first day; notice periods of one to three months are usual.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 3,
    min: 0,
    max: 12,
    increment: 0.5,
    source:
      'CIPD, Resourcing and Talent Planning (2022): about 6 weeks to fill, plus 1–3 months’ notice.',
  },
  timeToHireMonthsEuWest: {
    label: 'Time to hire in western and northern Europe',
    help: 'Months from starting the search to the first day; notice periods of up to three months are common (Germany, the Netherlands, the Nordics).',
    unit: 'months',
    group: 'productivity',
    defaultValue: 3.5,
    min: 0,
    max: 12,
    increment: 0.5,
    source:
      'German Civil Code §622 notice periods; Ravio, Compensation Trends (2024): 2–4 months from search to start.',
  },
  timeToHireMonthsEuSouthEast: {
    label: 'Time to hire in southern and eastern Europe',
    help: 'Months from starting the search to the first day.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 2.5,
    min: 0,
    max: 12,
    increment: 0.5,
    source: 'Ravio, Compensation Trends (2024): 2–4 months from search to start.',
  },
  timeToHireMonthsOther: {
    label: 'Time to hire elsewhere',
    help: 'Months from starting the search to the first day where you hire.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 3,
    min: 0,
    max: 12,
    increment: 0.5,
    source: 'SHRM, Talent Acquisition Benchmarking Report (2022): 6–8 weeks to fill, plus notice.',
  },
  aeRampTransactionalMonths: {
    label: 'Ramp of a transactional account executive',
    help: 'Months before a new account executive selling small, short deals sells at full speed.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 3,
    min: 0,
    max: 24,
    increment: 1,
    source: 'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): SMB ramp 2–3 months.',
  },
  aeRampEnterpriseMonths: {
    label: 'Ramp of an enterprise account executive',
    help: 'Months before a new enterprise account executive sells at full speed.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 8,
    min: 0,
    max: 24,
    increment: 1,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): enterprise ramp 6–9 months.',
  },
  quotaMultipleFirstHire: {
    label: 'Quota as a multiple of pay for a first hire',
    help: 'The quota multiple while the way of selling is not yet proven without the founders.',
    unit: 'multiple',
    group: 'productivity',
    defaultValue: 4,
    min: 1,
    max: 15,
    increment: 0.5,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024) and Skok (2013): about 4× before the motion is proven, 5× once it is.',
  },
  attainmentPct: {
    label: 'Quota a ramped closer actually makes',
    help: 'Average share of quota a ramped account executive closes; closer capacity is counted at this share.',
    unit: 'percent',
    group: 'productivity',
    defaultValue: 85,
    min: 10,
    max: 150,
    increment: 5,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): average attainment about 80–90% of quota.',
  },
  grossMarginPct: {
    label: 'Gross margin',
    help: 'Share of revenue left after the cost of serving customers. Payback is counted on gross profit, not on bookings.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 78,
    min: 1,
    max: 100,
    increment: 1,
    source:
      'KeyBanc Capital Markets & Sapphire Ventures, SaaS Survey (2023): median subscription gross margin about 77–80%.',
  },
  outboundCloseRatioPct: {
    label: 'Outbound close rate, as a share of yours',
    help: 'SDR-sourced (outbound) opportunities close at this share of your current close rate.',
    unit: 'percent',
    group: 'productivity',
    defaultValue: 40,
    min: 5,
    max: 100,
    increment: 5,
    source:
      'Ebsta & Pipeliner, B2B Sales Benchmarks (2024): outbound-sourced opportunities win at about a half to a third of the inbound rate.',
  },
  sdrOutputEuropePct: {
    label: 'SDR output in Europe',
    help: 'Meetings an SDR books in Europe as a share of the US figure: cold calls to businesses are restricted in Germany and cold email is limited by the ePrivacy rules and GDPR.',
    unit: 'percent',
    group: 'productivity',
    defaultValue: 75,
    min: 10,
    max: 100,
    increment: 5,
    source:
      'German Act against Unfair Competition (UWG) §7 (2022 text); EU ePrivacy Directive 2002/58/EC; GDPR (2016).',
  },
  closeRateFloorPct: {
    label: 'Close-rate floor',
    help: 'Below this close rate the problem is qualification or fit, not headcount: another seller would lose most deals too.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 10,
    min: 0,
    max: 100,
    increment: 1,
    source:
      'Ebsta & Pipeliner, B2B Sales Benchmarks (2024): average B2B win rate about 17–20%; half of that signals a qualification problem.',
  },
  capacityBandPct: {
    label: 'Band around “at capacity”',
    help: 'Closers within this share either side of full are “at capacity”, neither clearly full nor with room.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 20,
    min: 0,
    max: 100,
    increment: 5,
    source:
      'The Bridge Group (2024): quota attainment varies by ±20% or more between reps, so closer capacity is only known to about that margin.',
  },
  midMarketAcvUsd: {
    label: 'Deal size at the mid-market boundary',
    help: 'A first-year deal value around this counts as mid-market, weighed together with cycle and buying group. Much smaller deals are transactional.',
    unit: 'usd',
    group: 'thresholds',
    defaultValue: 10000,
    min: 100,
    max: 10000000,
    increment: 1000,
    source:
      'KeyBanc Capital Markets SaaS Survey (2019): inside sales dominates from about $5–25k ACV.',
  },
  enterpriseAcvBoundaryUsd: {
    label: 'Deal size at the enterprise boundary',
    help: 'A first-year deal value around this counts as enterprise, weighed together with cycle and buying group.',
    unit: 'usd',
    group: 'thresholds',
    defaultValue: 75000,
    min: 1000,
    max: 100000000,
    increment: 5000,
    source:
      'KeyBanc Capital Markets SaaS Survey (2019): enterprise selling usually from about $75–100k ACV.',
  },
  midMarketStakeholders: {
    label: 'Buying group at the mid-market boundary',
    help: 'About this many people in the buying decision counts as mid-market; one or two is transactional.',
    unit: 'ratio',
    group: 'thresholds',
    defaultValue: 3,
    min: 1,
    max: 20,
    increment: 1,
    source:
      'Gartner, The B2B Buying Journey (2019); SalesDose (2022): mid-market deals take 3–5 people and interactions.',
  },
  profileBandPct: {
    label: 'Margin around a profile boundary',
    help: 'Deals within this distance of a profile boundary (in deal-size terms) are called near the boundary, and the result names the neighbouring profile.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 20,
    min: 0,
    max: 100,
    increment: 5,
    source:
      'Deal sizes in benchmark surveys are reported in bands at least this wide (KeyBanc Capital Markets SaaS Survey, 2019).',
  },
  paybackLimitTransactionalMonths: {
    label: 'Payback limit for a transactional hire',
    help: 'A transactional hire whose gross-profit payback is longer than this is not recommended.',
    unit: 'months',
    group: 'thresholds',
    defaultValue: 18,
    min: 1,
    max: 120,
    increment: 1,
    source:
      'Bessemer Venture Partners, Scaling to $100 Million (2021): good CAC payback 6–12 months for SMB; the limit allows six months more for a first hire.',
  },
  paybackLimitMidMarketMonths: {
    label: 'Payback limit for a mid-market hire',
    help: 'A mid-market hire (or an SDR) whose gross-profit payback is longer than this is not recommended.',
    unit: 'months',
    group: 'thresholds',
    defaultValue: 24,
    min: 1,
    max: 120,
    increment: 1,
    source:
      'Bessemer Venture Partners, Scaling to $100 Million (2021): good CAC payback 12–18 months mid-market; the limit allows six months more for a first hire.',
  },
  paybackLimitEnterpriseMonths: {
    label: 'Payback limit for an enterprise hire',
    help: 'An enterprise hire whose gross-profit payback is longer than this is not recommended.',
    unit: 'months',
    group: 'thresholds',
    defaultValue: 30,
    min: 1,
    max: 120,
    increment: 1,
    source:
      'Bessemer Venture Partners, Scaling to $100 Million (2021): good CAC payback 18–24 months enterprise; the limit allows six months more for a first hire.',
  },
  // The hiring plan's own figures (issue 11): the worst case, and the triggers for the next hires.
  worstCaseLeaveMonth: {
    label: 'Worst case: the hire leaves after this many months',
    help: 'In the hiring plan’s worst realistic case the hire leaves (or is let go) after this many months on the job, and you search for and ramp a replacement.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 6,
    min: 1,
    max: 24,
    increment: 1,
    source:
      'The Bridge Group (2018, quoted by Xactly, "6 Sales Turnover Statistics", 2019): average sales-rep tenure about 1.5 years; six months is a realistic early exit well inside it.',
  },
  slowRampFactor: {
    label: 'Worst case: how much longer a slow ramp takes',
    help: 'In the hiring plan’s worst realistic case the ramp takes this multiple of the usual ramp.',
    unit: 'multiple',
    group: 'productivity',
    defaultValue: 1.5,
    min: 1,
    max: 3,
    increment: 0.1,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): ramp by segment runs 2–3 months for small business and 6–9 for enterprise, so the slow end of a range is about 1.5× its fast end.',
  },
  managerSpanOfControl: {
    label: 'Reps one first-line sales manager leads',
    help: 'When the sales team reaches this many reps, the hiring plan calls for a dedicated manager (until then a founder manages).',
    unit: 'ratio',
    group: 'productivity',
    defaultValue: 8,
    min: 2,
    max: 20,
    increment: 1,
    source:
      'TOPO, Sales Development Benchmark Report (2016): 8.7 reps per manager; The Bridge Group, SDR Metrics report of the same period: 8.1.',
  },
  secondAeTriggerPct: {
    label: 'Quota the first AE reaches before a second is hired',
    help: 'The hiring plan adds a second account executive once the first sells this share of a full monthly quota for the months set below.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 80,
    min: 10,
    max: 150,
    increment: 5,
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): a ramped AE makes about 80–90% of quota on average, so a first AE at 80% has shown the playbook works. OpenView and SaaStr differ on hiring two at once: a choice, not a rule.',
  },
  secondAeProofMonths: {
    label: 'Months at that level before a second AE',
    help: 'How many months running the first account executive must sell at the level above before the plan adds a second.',
    unit: 'months',
    group: 'thresholds',
    defaultValue: 2,
    min: 1,
    max: 12,
    increment: 1,
    source:
      'StackSwap, "Comp plan for second AE after first hit quota" (2026): hire the second AE once the first hits quota on the documented playbook, not on one lucky deal. Two months in a row is Hire Ready’s reading of that: one big deal can make a month, rarely two.',
  },
  aeProspectingLimitPct: {
    label: 'Prospecting share of an AE’s week that calls for an SDR',
    help: 'When an account executive would have to find more than this share of the opportunities they need, the hiring plan calls for an SDR.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 20,
    min: 0,
    max: 100,
    increment: 5,
    source:
      'Aaron Ross and Marylou Tyler, Predictable Revenue (PebbleStorm, 2011): split a role once reps spend more than about 20% of their time on a second job.',
  },
  selfServeAcvUsd: {
    label: 'Deal size below which no salesperson pays',
    help: 'Below this first-year value, customers usually buy online without a salesperson: when a hire would not pay back, no sales hire is named as the next one; the fix is price, self-serve or a channel.',
    unit: 'usd',
    group: 'thresholds',
    defaultValue: 1000,
    min: 0,
    max: 100000,
    increment: 100,
    source:
      'KeyBanc Capital Markets, Private SaaS Company Survey (2019), ACV bands: under about $1k sold mostly self-serve, $1k–25k by inside sales, above that in the field.',
  },
} as const satisfies Record<string, AssumptionInfo>;

export type AssumptionKey = keyof typeof ASSUMPTION_INFO;

/** Every assumption key, in panel order (retired keys included: links may carry them). */
export const ASSUMPTION_KEYS = Object.keys(ASSUMPTION_INFO) as AssumptionKey[];

/** The keys engine v2 reads: what the assumptions panel shows. */
export const ACTIVE_ASSUMPTION_KEYS = ASSUMPTION_KEYS.filter(
  (key) => !(ASSUMPTION_INFO[key] as AssumptionInfo).retired,
);
