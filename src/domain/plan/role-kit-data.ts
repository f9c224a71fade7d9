import type { RoleKit, RoleKitId } from './role-kit';

/*
 * The role kits, written by us from published hiring and onboarding practice (sources per kit).
 * `{need}`, `{cycle}`, `{ramp}`, `{monthlyQuota}` and `{firstDeals}` are filled with the company's own figures.
 * A data catalogue: long by nature, no logic.
 */

const ROBERGE =
  'Mark Roberge, The Sales Acceleration Formula (Wiley, 2015): score candidates on coachability, curiosity, prior success, intelligence and work ethic; test coachability with a role-play, feedback, and a second try.';
const WHO =
  'Geoff Smart and Randy Street, Who: The A Method for Hiring (2008): a scorecard of mission, outcomes and competencies, written before the search; reference calls the candidate sets up.';
const WATKINS =
  'Michael D. Watkins, The First 90 Days (Harvard Business Review Press, 2013 edition): agree early wins and milestones for each month.';
const KAZANJY =
  'Pete Kazanjy, Founding Sales (2019): the first sales hires execute a process the founders proved; write it down before they start.';
const ROSS =
  'Aaron Ross and Marylou Tyler, Predictable Revenue (2011): separate prospecting from closing; measure SDRs on qualified opportunities, not activity.';
const BRIDGE_SDR =
  'The Bridge Group, SDR Metrics Report (2021): SDR ramp of about three months; output measured in meetings and qualified opportunities.';
const GARTNER =
  'Gartner, The B2B Buying Journey (2019): complex B2B purchases involve six to ten decision makers.';

const COMMON_MUST = [
  'Coachable: changes their approach after feedback within the same conversation (tested in the role-play).',
  'Curious: asks more and better questions than they are asked; researches your company before the first call.',
];

export const ROLE_KITS: Record<RoleKitId, RoleKit> = {
  'ae-transactional': {
    id: 'ae-transactional',
    title: 'Account Executive (transactional, full cycle)',
    mission:
      'Turn a steady flow of small, fast deals into closed revenue with little founder help: reach a full monthly quota of {monthlyQuota} after a {ramp} ramp.',
    mustHaves: [
      'Two or more years closing short-cycle deals (weeks, not quarters) with a monthly quota, and a record of hitting it.',
      ...COMMON_MUST,
      'Runs many conversations a day without losing quality: crisp discovery, a short demo, a clear ask.',
      'Keeps the CRM current without being chased: every deal has a next step and a date.',
    ],
    niceToHaves: [
      'Has sold to the same kind of buyer (role and company size) you sell to.',
      'Prospects for their own pipeline when inbound is slow.',
      'Has worked in a start-up without a sales team around them.',
    ],
    interviewLoop: [
      {
        step: 'Screening call (30 min, founder)',
        tests: 'Motivation, record against quota, pace of the deals they have closed.',
        how: 'Ask for numbers: quota, attainment for the last four quarters, average deal size and cycle. Vague answers are an answer.',
      },
      {
        step: 'Mock discovery call and demo (45 min)',
        tests: 'Discovery, qualification, a short demo tied to the pain, asking for the deal.',
        how: 'Send a one-page brief two days before; a founder plays the buyer. Stop after 20 minutes, give one piece of feedback, and let them run the second half again.',
      },
      {
        step: 'Pipeline review (30 min)',
        tests: 'Judgement about which deals are real; honesty about lost deals.',
        how: 'Ask them to walk through three deals they won and two they lost, and what they would do differently.',
      },
      {
        step: 'Meet the team (30 min)',
        tests: 'How they work with product and support; whether the team wants them.',
        how: 'Someone outside sales asks how they hand a new customer over.',
      },
      {
        step: 'Reference calls (2 × 20 min)',
        tests: 'Whether the quota record holds up.',
        how: 'Speak to a former manager and a former customer; ask how they would rank the candidate in their team.',
      },
    ],
    onboarding: [
      {
        window: 'Days 1–30',
        focus: 'Learn the product, the buyer and the process; sell alongside a founder.',
        goals: [
          'Shadow at least 15 founder calls and lead 5 with a founder listening.',
          'Pass a product demo and pitch certification with the founders.',
          'Own inbound replies from week 3; every lead answered within one working day.',
        ],
      },
      {
        window: 'Days 31–60',
        focus: 'Run deals end to end; the founder joins only where the AE asks.',
        goals: [
          'First deals closed without a founder on the call.',
          'Works about {need} from the pipeline.',
          'Writes up the three most common objections and the answers that worked.',
        ],
      },
      {
        window: 'Days 61–90',
        focus: 'Sell at the ramp quota and improve the playbook.',
        goals: [
          'At or above the ramp quota for the month.',
          'Forecast for the month within 20% of what closes.',
          'One improvement to the playbook agreed with the founders.',
        ],
      },
    ],
    indicators: [
      {
        indicator: 'First replies to inbound leads',
        healthy: 'Within one working day, every time.',
      },
      {
        indicator: 'Discovery calls held a week',
        healthy: 'Rising each month towards the level that yields {need}.',
      },
      { indicator: 'Deals closed without a founder', healthy: 'The first within 60 days.' },
      {
        indicator: 'Close rate on qualified opportunities',
        healthy: 'Within a few points of the founders’ own.',
      },
      { indicator: 'Deals with a dated next step in the CRM', healthy: 'Nearly all.' },
    ],
    misHireSignals: [
      'Below half of the ramp quota for the last two months, with no clear reason outside their control.',
      'Needs a founder on most calls to close.',
      'Activity is there but discovery calls do not turn into opportunities.',
    ],
    sources: [ROBERGE, WHO, WATKINS, KAZANJY],
  },

  'ae-mid-market': {
    id: 'ae-mid-market',
    title: 'Account Executive (mid-market)',
    mission:
      'Run a consistent consultative process for deals of a {cycle} cycle and a handful of buyers, and reach a full monthly quota of {monthlyQuota} after a {ramp} ramp.',
    mustHaves: [
      'Three or more years closing deals with several stakeholders and cycles like your {cycle} one, against a quota they mostly hit.',
      ...COMMON_MUST,
      'Runs structured discovery and qualification (e.g. a MEDDIC- or BANT-style framework) and can say why a deal is real.',
      'Writes clear follow-ups and mutual plans; keeps several deals moving at once.',
    ],
    niceToHaves: [
      'Sold into your buyers’ industry or a neighbouring one.',
      'Has been an early AE at a company without a playbook and helped write one.',
      'Comfortable prospecting into named accounts when inbound is thin.',
    ],
    interviewLoop: [
      {
        step: 'Screening call (30 min, founder)',
        tests: 'Motivation, quota record, size and length of past deals.',
        how: 'Ask for quota and attainment by year, deal size, cycle length, and how many people signed off a typical deal.',
      },
      {
        step: 'Mock discovery call (45 min)',
        tests: 'Questions that uncover pain, impact, who decides and how; control of next steps.',
        how: 'Share a short buyer brief in advance; a founder plays a sceptical buyer. After 20 minutes give one piece of feedback and watch whether the second half changes.',
      },
      {
        step: 'Deal strategy exercise (45 min)',
        tests: 'Planning a deal across several buyers; spotting risk early.',
        how: 'Give them a real (anonymised) stalled deal from your CRM and ask for a plan to move or close it.',
      },
      {
        step: 'Presentation to your team (30 min)',
        tests: 'Presenting value and handling objections in front of more than one person.',
        how: 'They present your product back to two of your people (a founder and a colleague) who object in turn.',
      },
      {
        step: 'Reference calls (2–3 × 20 min)',
        tests: 'Whether the quota record and working style hold up.',
        how: 'A former manager, a peer and, if possible, a customer; ask where the candidate ranked.',
      },
    ],
    onboarding: [
      {
        window: 'Days 1–30',
        focus: 'Learn the buyers, the product and the written process; join live deals.',
        goals: [
          'Join at least 10 founder-led calls across different stages.',
          'Pass a discovery and demo certification with the founders.',
          'Take over a few early-stage opportunities with a founder as support.',
        ],
      },
      {
        window: 'Days 31–60',
        focus: 'Own the pipeline; the founder steps back to executive sponsor.',
        goals: [
          'Works about {need} and owns every next step.',
          'Every active deal has a qualification summary in the CRM.',
          'First proposal sent without a founder writing it.',
        ],
      },
      {
        window: 'Days 61–90',
        focus: 'Close the first deals and forecast.',
        goals: [
          '{firstDeals}',
          'Monthly forecast within about 25% of what closes.',
          'Pipeline covering about three times the next quarter’s ramp quota.',
        ],
      },
    ],
    indicators: [
      { indicator: 'Qualified opportunities worked a month', healthy: 'Rising towards {need}.' },
      {
        indicator: 'Stage-to-stage conversion',
        healthy: 'Close to the founders’ own from discovery to proposal.',
      },
      {
        indicator: 'Deals with a dated next step and a named decision-maker',
        healthy: 'Nearly all.',
      },
      {
        indicator: 'Pipeline coverage of next quarter’s ramp quota',
        healthy: 'About three times.',
      },
      { indicator: 'Founder time on the AE’s deals', healthy: 'Falling month by month.' },
    ],
    misHireSignals: [
      'Well under half of the ramp quota over the ramp, with pipeline that keeps slipping rather than closing.',
      'Deals lack a known decision-maker or a next step after coaching on it.',
      'Founders still run most late-stage meetings.',
    ],
    sources: [ROBERGE, WHO, WATKINS, KAZANJY],
  },

  'ae-enterprise': {
    id: 'ae-enterprise',
    title: 'Account Executive (enterprise)',
    mission:
      'Win a few large, long deals ({cycle} cycles, many people in the decision) by leading the buying group to a signature, and reach a full monthly quota of {monthlyQuota} after a {ramp} ramp.',
    mustHaves: [
      'Five or more years selling large contracts to big organisations, with named deals they led to signature.',
      ...COMMON_MUST,
      'Works a buying group: finds the champion, the economic buyer, procurement and legal, and maps who decides.',
      'Plans deals over quarters with a written close plan agreed with the buyer.',
    ],
    niceToHaves: [
      'A network in your target accounts or industry.',
      'Has negotiated security reviews and procurement terms.',
      'Has sold a new product without a brand behind it.',
    ],
    interviewLoop: [
      {
        step: 'Screening call (45 min, founder)',
        tests: 'Size, length and complexity of past deals; motivation to build in a start-up.',
        how: 'Ask them to describe their largest deal: who was involved, how long it took, what nearly killed it.',
      },
      {
        step: 'Mock discovery call with a buying group (60 min)',
        tests: 'Discovery across several roles, finding the economic buyer, setting next steps.',
        how: 'Two of your people (a founder and a colleague) play a champion and a sceptical finance lead. Give feedback at half time and let them continue.',
      },
      {
        step: 'Account plan exercise (take-home, presented in 45 min)',
        tests: 'Research, deal strategy, mutual close plan.',
        how: 'Pick one of your target accounts; ask for a plan to open and win it in the next two quarters.',
      },
      {
        step: 'Negotiation role-play (30 min)',
        tests: 'Holding value under pressure from procurement.',
        how: 'A founder plays procurement asking for a large discount and a longer payment term.',
      },
      {
        step: 'Reference calls (3 × 20 min)',
        tests: 'Whether the deals and the role they played hold up.',
        how: 'A former manager, a peer and a customer from a deal they named.',
      },
    ],
    onboarding: [
      {
        window: 'Days 1–30',
        focus: 'Learn the product, the buyers and the accounts; join the founders on live deals.',
        goals: [
          'An account plan for each of their first target accounts.',
          'Joined every live late-stage deal with a founder.',
          'Pass a discovery and value-story certification with the founders.',
        ],
      },
      {
        window: 'Days 31–60',
        focus: 'Open accounts and run early stages.',
        goals: [
          'First meetings held in several target accounts.',
          'Champions named in the active deals.',
          'Works towards {need}.',
        ],
      },
      {
        window: 'Days 61–90',
        focus: 'Build a qualified pipeline for the next two quarters.',
        goals: [
          'Qualified pipeline covering about three times the ramp quota of the next two quarters.',
          'A written close plan agreed with the buyer in the most advanced deal.',
          'A signature is not expected yet with a {cycle} cycle; progress is.',
        ],
      },
    ],
    indicators: [
      { indicator: 'Target accounts with a first meeting', healthy: 'Rising each month.' },
      {
        indicator: 'Deals with a named champion and economic buyer',
        healthy: 'Most of the active ones.',
      },
      { indicator: 'Deals with a mutual close plan', healthy: 'Every deal past discovery.' },
      {
        indicator: 'Qualified pipeline against the next two quarters’ ramp quota',
        healthy: 'About three times.',
      },
    ],
    misHireSignals: [
      'No deal has reached the economic buyer by the checkpoint.',
      'Pipeline is built from meetings that do not turn into qualified opportunities.',
      'Needs founders in every important meeting after the ramp.',
    ],
    sources: [ROBERGE, WHO, WATKINS, GARTNER],
  },

  sdr: {
    id: 'sdr',
    title: 'Sales Development Representative (SDR)',
    mission:
      'Open conversations with the right companies and hand the closers qualified opportunities every month, so they spend their time closing.',
    mustHaves: [
      'Resilient and organised: keeps a daily rhythm of research, calls and messages without being chased.',
      ...COMMON_MUST,
      'Writes short, specific messages that a busy buyer would answer.',
      'Qualifies honestly: hands over only what meets the agreed definition.',
    ],
    niceToHaves: [
      'A year or more as an SDR or in another target-driven role.',
      'Knows the buyers’ industry or job.',
      'Wants to become an AE (a path keeps good SDRs).',
    ],
    interviewLoop: [
      {
        step: 'Screening call (20 min)',
        tests: 'Energy, clarity, motivation, how they handle a cold start.',
        how: 'Ask them to tell you about a target they missed and what they changed.',
      },
      {
        step: 'Cold-call role-play (30 min)',
        tests: 'Opening, handling a brush-off, booking a meeting.',
        how: 'A founder plays a busy buyer. Give one piece of feedback and run it again: coachability shows here.',
      },
      {
        step: 'Written outreach exercise (take-home, 1 hour)',
        tests: 'Research and writing.',
        how: 'Three real target accounts; ask for a first message to each and a follow-up.',
      },
      {
        step: 'Meet the closer (30 min)',
        tests: 'How they would work with the AE or founder who takes the meetings.',
        how: 'The closer asks how they would hand over a meeting and what a qualified one means.',
      },
      {
        step: 'Reference call (20 min)',
        tests: 'Work ethic and consistency.',
        how: 'A former manager or teacher; ask about a hard stretch and how they handled it.',
      },
    ],
    onboarding: [
      {
        window: 'Days 1–30',
        focus: 'Learn the buyer, the message and the tools; start outreach.',
        goals: [
          'Pass a pitch and objection certification with the closer.',
          'Agreed written definition of a qualified meeting.',
          'Daily outreach rhythm running from week 2.',
        ],
      },
      {
        window: 'Days 31–60',
        focus: 'Book meetings; tune messages with the closer.',
        goals: [
          'First qualified meetings held and accepted by the closer.',
          'Weekly review with the closer of which messages get replies.',
          'About half of the ramped target a month.',
        ],
      },
      {
        window: 'Days 61–90',
        focus: 'Reach the ramped target.',
        goals: [
          'Hands over at or near {need}.',
          'Most booked meetings held (few no-shows).',
          'Most handed-over meetings accepted as qualified by the closer.',
        ],
      },
    ],
    indicators: [
      { indicator: 'Conversations held a week', healthy: 'Steady or rising from week 3.' },
      { indicator: 'Meetings booked that are held', healthy: 'Most of them.' },
      { indicator: 'Meetings the closer accepts as qualified', healthy: 'Most of them.' },
      {
        indicator: 'Qualified opportunities handed over a month',
        healthy: 'Rising towards {need}.',
      },
    ],
    misHireSignals: [
      'Activity is high but few meetings are accepted as qualified, after coaching.',
      'Below half of the ramped target by the end of the ramp.',
      'The closer does not trust the handovers.',
    ],
    sources: [ROBERGE, ROSS, BRIDGE_SDR, WATKINS],
  },
};
