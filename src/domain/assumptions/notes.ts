import type { AssumptionKey } from './info';

/*
 * What each benchmark figure does and where its default comes from, kept apart from the figures in
 * info.ts so the wizard, the store and share links (which need only the figures, their ranges and
 * labels) do not download the words. The assumptions panel, the sources list and the report read
 * them. Every key of ASSUMPTION_INFO has its note: the type below fails the build otherwise.
 */

export interface AssumptionNote {
  /** One plain sentence on what the figure does in the calculation. */
  help: string;
  /** Where the default comes from: a named, dated publication or dataset. */
  source: string;
}

export const ASSUMPTION_NOTES: Record<AssumptionKey, AssumptionNote> = {
  aeOteUsd: {
    help: 'Base plus commission at 100% of quota, per year, for a US account executive selling mid-market deals. Other places are scaled by the regional pay levels below.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): median AE on-target earnings about $150k; mid-market roles $150–200k.',
  },
  sdrOteUsd: {
    help: 'Base plus variable pay at target, per year, for a US SDR.',
    source:
      'Glassdoor US salary data (2024): SDR on-target pay about $77–87k in US metros; The Bridge Group, SDR Metrics & Compensation Report (2021).',
  },
  loadedCostMultiplier: {
    help: 'Replaced by employer on-costs and recruiting fees by region.',
    source: 'TalentBridge (2023): on-target earnings × 1.3.',
  },
  quotaMultiple: {
    help: 'Yearly new-business quota divided by on-target earnings, for a team whose way of selling already works without the founders.',
    source:
      'David Skok, For Entrepreneurs, "SaaS Metrics 2.0" (2013): quota at least 5× pay; The Bridge Group (2024): 4–6× is common.',
  },
  aeRampMonths: {
    help: 'Months before a new mid-market account executive sells at full speed. Never shorter than one sales cycle.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): median ramp 5.0 months.',
  },
  sdrRampMonths: {
    help: 'Months before a new SDR books meetings at full speed.',
    source: 'The Bridge Group, SDR Metrics & Compensation Report (2021): ramp about 3 months.',
  },
  sdrMeetingsPerMonth: {
    help: 'Qualified meetings one ramped SDR books a month in the US. Europe uses the outbound output level below.',
    source:
      'The Bridge Group, SDR Metrics & Compensation Report (2021): about 12–20 qualified meetings a month.',
  },
  meetingToOppPct: {
    help: 'Share of SDR-booked meetings that an account executive accepts as a qualified opportunity.',
    source:
      'The Bridge Group, SDR Metrics & Compensation Report (2021): roughly half of SDR meetings are accepted as opportunities.',
  },
  aeActiveDeals: {
    help: 'Open opportunities a full-time mid-market closer can work properly at the same time. Limits how many new opportunities a closer can take each month at your sales cycle.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): AEs typically carry 15–25 open opportunities.',
  },
  closerHoursPerWeek: {
    help: 'Hours a full-time account executive spends actually selling (calls, demos, proposals, follow-ups); the rest goes to admin, internal meetings and research. Founders’ selling hours are compared with this.',
    source:
      'Salesforce, State of Sales, 5th edition (2022): reps spend about 28% of their week actually selling, about 14 hours of a 50-hour week.',
  },
  sdrsPerAe: {
    help: 'The ratio at which SDRs keep closers busy (0.4 means one SDR for two and a half closers). At or above it, another SDR adds little.',
    source:
      'TOPO, Sales Development Benchmark Report (2015): 1 SDR to 2.5 AEs on average (1 : 2.1 under $25M revenue).',
  },
  usdPerEur: {
    help: 'Converts euro amounts to dollars and back, to compare with pay benchmarks.',
    source:
      'European Central Bank euro reference rate, 2025 average (about 1.08–1.17); set today’s rate if it matters.',
  },
  usdPerGbp: {
    help: 'Converts pound amounts to dollars and back, to compare with pay benchmarks.',
    source:
      'Bank of England spot rate, 2025 average (about 1.25–1.35); set today’s rate if it matters.',
  },
  transactionalAcvUsd: {
    help: 'Below this first-year value, an SDR doing outbound seldom earns back its cost.',
    source:
      'Tomasz Tunguz, "The SDR ACV threshold" (2016): SDR-led outbound rarely pays below about $5k ACV.',
  },
  outboundPaysAcvUsd: {
    help: 'From this first-year value, an SDR doing outbound usually earns back its cost.',
    source: 'Tomasz Tunguz (2016): outbound pays from about $15k ACV.',
  },
  enterpriseAcvUsd: {
    help: 'Replaced by the profile boundaries, which weigh deal size with cycle and buying group.',
    source: 'KeyBanc Capital Markets SaaS Survey (2019): $25k+ is sold field-style.',
  },
  shortCycleDays: {
    help: 'A sales cycle this long counts as mid-market; much shorter is transactional. Weighed together with deal size and buying group.',
    source:
      'The Bridge Group (2024): SMB cycles 14–30 days, mid-market 30–90, enterprise 90 or more.',
  },
  founderWeekHours: {
    help: 'With the share below, sets how many selling hours a founder can give without neglecting the rest of the company.',
    source:
      'First Round Review, founder surveys (State of Startups 2019): founders commonly work 50–60 hours a week.',
  },
  founderSalesSharePct: {
    help: 'Selling beyond this share of a founder’s week crowds out building the company; counted separately for each founder.',
    source:
      'Justin Welsh, "When to hire your first salesperson" (2021): hire once sales take about 20% of the founder’s week.',
  },
  minFounderLedCustomers: {
    help: 'Fewer paying customers than this and the pitch is probably not proven yet (unless revenue is already over $1 million).',
    source:
      'Jason Lemkin, SaaStr (2015): founders should close about the first 10 customers themselves before hiring sales.',
  },
  minNonFounderWins: {
    help: 'With fewer than this, an account executive would have to invent the process rather than run it.',
    source:
      'Mark Roberge, The Sales Acceleration Formula (2015): hire to scale a process that already wins without the founder.',
  },
  lowCloseRatePct: {
    help: 'Below this, a specialised closer with a consistent process often wins more.',
    source: 'Ebsta & Pipeliner, B2B Sales Benchmarks (2024): average win rate about 17–20%.',
  },
  minPipelineCoverage: {
    help: 'Share of one account executive’s monthly need that spare opportunities must cover (0.5 means half). Below this, a new closer would mostly wait or prospect.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): new AEs spend the ramp months learning and sourcing part of their own pipeline.',
  },
  enterpriseCycleDays: {
    help: 'A sales cycle this long counts as enterprise, weighed together with deal size and buying group.',
    source: 'The Bridge Group (2024): enterprise cycles 90 days or more.',
  },
  enterpriseStakeholders: {
    help: 'This many people in the buying decision counts as enterprise, weighed together with deal size and cycle.',
    source:
      'Gartner, The B2B Buying Journey (2019): complex B2B purchases involve 6–10 decision makers.',
  },
  targetPaybackMonths: {
    help: 'Replaced by payback limits by profile.',
    source: 'KeyBanc Capital Markets SaaS Survey (2019).',
  },
  paybackHorizonMonths: {
    help: 'A hire that has not paid back within this many months is treated as never paying back.',
    source:
      'Bessemer Venture Partners, Scaling to $100 Million (2021): even enterprise paybacks beyond about 3 years are treated as broken unit economics.',
  },
  aeOteTransactionalUsd: {
    help: 'Base plus commission at target for a US account executive selling small, short deals.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): SMB account executives about $100–120k on-target.',
  },
  aeOteEnterpriseUsd: {
    help: 'Base plus commission at target for a US account executive selling large, long deals.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): enterprise account executives about $250–300k on-target.',
  },
  payLevelUkPct: {
    help: 'Sales pay in the UK as a share of US pay, after currency conversion.',
    source:
      'Ravio, Compensation Trends (2024) and Glassdoor UK (2024): London AE on-target £90–120k.',
  },
  payLevelEuWestPct: {
    help: 'Sales pay in Germany, France, the Netherlands, the Nordics and neighbours as a share of US pay, after conversion.',
    source: 'Ravio, Compensation Trends (2024): AE on-target in Germany about €100–140k.',
  },
  payLevelEuSouthEastPct: {
    help: 'Sales pay in Spain, Italy, Portugal, Poland and neighbours as a share of US pay, after conversion.',
    source: 'Ravio, Compensation Trends (2024): AE on-target in Spain and Poland about €50–90k.',
  },
  payLevelOtherPct: {
    help: 'Sales pay in other places as a share of US pay, after conversion. Set it for the country you hire in.',
    source: 'Glassdoor (2024), Canada and Australia sales pay at about 65–80% of US levels.',
  },
  aeBaseSharePct: {
    help: 'The fixed part of an account executive’s on-target pay; the rest is commission.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): 50/50 base and variable is the norm.',
  },
  sdrBaseSharePct: {
    help: 'The fixed part of an SDR’s on-target pay; the rest is variable.',
    source: 'The Bridge Group, SDR Metrics & Compensation Report (2021): 60/40 to 70/30.',
  },
  onCostPctUs: {
    help: 'Payroll taxes, health cover and benefits on top of pay.',
    source:
      'US Bureau of Labor Statistics, Employer Costs for Employee Compensation (2024): benefits and payroll taxes; about 20% on top of pay at sales salaries.',
  },
  onCostPctUk: {
    help: 'Employer National Insurance and pension on top of pay.',
    source:
      'HMRC, employer National Insurance 15% from April 2025, plus the 3% minimum pension contribution (The Pensions Regulator, 2025).',
  },
  onCostPctEuWest: {
    help: 'Employer social contributions on top of pay (about 20% in the Netherlands and Germany, over 40% in France).',
    source:
      'Eurostat, Labour cost levels by country (2023): non-wage costs from about 20% (NL, DE) to over 40% (FR) on top of wages.',
  },
  onCostPctEuSouthEast: {
    help: 'Employer social contributions on top of pay (about 20% in Poland, 30–35% in Spain and Italy).',
    source: 'Eurostat, Labour cost levels by country (2023).',
  },
  onCostPctOther: {
    help: 'Employer taxes and benefits on top of pay where you hire.',
    source:
      'OECD, Taxing Wages (2024): employer contributions range from under 10% to over 30% of pay.',
  },
  toolsMonthlyUsd: {
    help: 'CRM seat, data and sales-engagement tools for one seller, a month.',
    source:
      'Salesforce Sales Cloud list price (2024) about $165 a user a month, plus data and engagement tools.',
  },
  recruitingFeePct: {
    help: 'One-off agency fee as a share of first-year on-target pay. Set 0 if you hire without an agency.',
    source:
      'SHRM, Talent Acquisition Benchmarking Report (2022): contingency agency fees commonly 20–25% of first-year pay.',
  },
  timeToHireMonthsUs: {
    help: 'Months from starting the search to the hire’s first day: search, interviews and a short notice period.',
    source:
      'SHRM, Talent Acquisition Benchmarking Report (2022): about 6 weeks to fill, plus two weeks’ notice.',
  },
  timeToHireMonthsUk: {
    help: 'Months from starting the search to the first day; notice periods of one to three months are usual.',
    source:
      'CIPD, Resourcing and Talent Planning (2022): about 6 weeks to fill, plus 1–3 months’ notice.',
  },
  timeToHireMonthsEuWest: {
    help: 'Months from starting the search to the first day; notice periods of up to three months are common (Germany, the Netherlands, the Nordics).',
    source:
      'German Civil Code §622 notice periods; Ravio, Compensation Trends (2024): 2–4 months from search to start.',
  },
  timeToHireMonthsEuSouthEast: {
    help: 'Months from starting the search to the first day.',
    source: 'Ravio, Compensation Trends (2024): 2–4 months from search to start.',
  },
  timeToHireMonthsOther: {
    help: 'Months from starting the search to the first day where you hire.',
    source: 'SHRM, Talent Acquisition Benchmarking Report (2022): 6–8 weeks to fill, plus notice.',
  },
  aeRampTransactionalMonths: {
    help: 'Months before a new account executive selling small, short deals sells at full speed.',
    source: 'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): SMB ramp 2–3 months.',
  },
  aeRampEnterpriseMonths: {
    help: 'Months before a new enterprise account executive sells at full speed.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): enterprise ramp 6–9 months.',
  },
  quotaMultipleFirstHire: {
    help: 'The quota multiple while the way of selling is not yet proven without the founders.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024) and Skok (2013): about 4× before the motion is proven, 5× once it is.',
  },
  attainmentPct: {
    help: 'Average share of quota a ramped account executive closes; closer capacity is counted at this share.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): average attainment about 80–90% of quota.',
  },
  grossMarginPct: {
    help: 'Share of revenue left after the cost of serving customers. Payback is counted on gross profit, not on bookings.',
    source:
      'KeyBanc Capital Markets & Sapphire Ventures, SaaS Survey (2023): median subscription gross margin about 77–80%.',
  },
  outboundCloseRatioPct: {
    help: 'SDR-sourced (outbound) opportunities close at this share of your current close rate.',
    source:
      'Ebsta & Pipeliner, B2B Sales Benchmarks (2024): outbound-sourced opportunities win at about a half to a third of the inbound rate.',
  },
  sdrOutputEuropePct: {
    help: 'Meetings an SDR books in Europe as a share of the US figure: cold calls to businesses are restricted in Germany and cold email is limited by the ePrivacy rules and GDPR.',
    source:
      'German Act against Unfair Competition (UWG) §7 (2022 text); EU ePrivacy Directive 2002/58/EC; GDPR (2016).',
  },
  sdrOutputEnterprisePct: {
    help: 'Meetings an SDR books when the deals are enterprise (large, slow, many buyers), as a share of the usual figure: each meeting takes far more research and more people to reach.',
    source:
      'MarketBetter, SDR Metrics & KPIs in 2026 (benchmark table): an outbound SDR books 12–15 qualified meetings a month, an enterprise (large-deal) SDR 4–6; 5 of 13.5 is about 40%.',
  },
  closeRateFloorPct: {
    help: 'Below this close rate the problem is qualification or fit, not headcount: another seller would lose most deals too.',
    source:
      'Ebsta & Pipeliner, B2B Sales Benchmarks (2024): average B2B win rate about 17–20%; half of that signals a qualification problem.',
  },
  capacityBandPct: {
    help: 'Closers within this share either side of full are “at capacity”, neither clearly full nor with room.',
    source:
      'The Bridge Group (2024): quota attainment varies by ±20% or more between reps, so closer capacity is only known to about that margin.',
  },
  midMarketAcvUsd: {
    help: 'A first-year deal value around this counts as mid-market, weighed together with cycle and buying group. Much smaller deals are transactional.',
    source:
      'KeyBanc Capital Markets SaaS Survey (2019): inside sales dominates from about $5–25k ACV.',
  },
  enterpriseAcvBoundaryUsd: {
    help: 'A first-year deal value around this counts as enterprise, weighed together with cycle and buying group.',
    source:
      'KeyBanc Capital Markets SaaS Survey (2019): enterprise selling usually from about $75–100k ACV.',
  },
  midMarketStakeholders: {
    help: 'About this many people in the buying decision counts as mid-market; one or two is transactional.',
    source:
      'Gartner, The B2B Buying Journey (2019); SalesDose (2022): mid-market deals take 3–5 people and interactions.',
  },
  profileBandPct: {
    help: 'Deals within this distance of a profile boundary (in deal-size terms) are called near the boundary, and the result names the neighbouring profile.',
    source:
      'Deal sizes in benchmark surveys are reported in bands at least this wide (KeyBanc Capital Markets SaaS Survey, 2019).',
  },
  paybackLimitTransactionalMonths: {
    help: 'A transactional hire whose gross-profit payback is longer than this is not recommended.',
    source:
      'Bessemer Venture Partners, Scaling to $100 Million (2021): good CAC payback 6–12 months for SMB; the limit allows six months more for a first hire.',
  },
  paybackLimitMidMarketMonths: {
    help: 'A mid-market hire (or an SDR) whose gross-profit payback is longer than this is not recommended.',
    source:
      'Bessemer Venture Partners, Scaling to $100 Million (2021): good CAC payback 12–18 months mid-market; the limit allows six months more for a first hire.',
  },
  paybackLimitEnterpriseMonths: {
    help: 'An enterprise hire whose gross-profit payback is longer than this is not recommended.',
    source:
      'Bessemer Venture Partners, Scaling to $100 Million (2021): good CAC payback 18–24 months enterprise; the limit allows six months more for a first hire.',
  },
  worstCaseLeaveMonth: {
    help: 'In the hiring plan’s worst realistic case the hire leaves (or is let go) after this many months on the job, and you search for and ramp a replacement.',
    source:
      'The Bridge Group (2018, quoted by Xactly, "6 Sales Turnover Statistics", 2019): average sales-rep tenure about 1.5 years; six months is a realistic early exit well inside it.',
  },
  slowRampFactor: {
    help: 'In the hiring plan’s worst realistic case the ramp takes this multiple of the usual ramp.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): ramp by segment runs 2–3 months for small business and 6–9 for enterprise, so the slow end of a range is about 1.5× its fast end.',
  },
  managerSpanOfControl: {
    help: 'When the sales team reaches this many reps, the hiring plan calls for a dedicated manager (until then a founder manages).',
    source:
      'TOPO, Sales Development Benchmark Report (2016): 8.7 reps per manager; The Bridge Group, SDR Metrics report of the same period: 8.1.',
  },
  secondAeTriggerPct: {
    help: 'The hiring plan adds a second account executive once the first sells this share of a full monthly quota for the months set below.',
    source:
      'The Bridge Group, SaaS AE Metrics & Compensation Report (2024): a ramped AE makes about 80–90% of quota on average, so a first AE at 80% has shown the playbook works. OpenView and SaaStr differ on hiring two at once: a choice, not a rule.',
  },
  secondAeProofMonths: {
    help: 'How many months running the first account executive must sell at the level above before the plan adds a second.',
    source:
      'StackSwap, "Comp plan for second AE after first hit quota" (2026): hire the second AE once the first hits quota on the documented playbook, not on one lucky deal. Two months in a row is Hire Ready’s reading of that: one big deal can make a month, rarely two.',
  },
  aeProspectingLimitPct: {
    help: 'When an account executive would have to find more than this share of the opportunities they need, the hiring plan calls for an SDR.',
    source:
      'Aaron Ross and Marylou Tyler, Predictable Revenue (PebbleStorm, 2011): split a role once reps spend more than about 20% of their time on a second job.',
  },
  selfServeAcvUsd: {
    help: 'Below this first-year value, customers usually buy online without a salesperson: when a hire would not pay back, no sales hire is named as the next one; the fix is price, self-serve or a channel.',
    source:
      'KeyBanc Capital Markets, Private SaaS Company Survey (2019), ACV bands: under about $1k sold mostly self-serve, $1k–25k by inside sales, above that in the field.',
  },
};
