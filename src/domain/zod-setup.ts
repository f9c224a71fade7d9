import * as z from 'zod/mini';

// zod 4 probes `new Function` to decide whether to compile fast parsers. Under our
// Content-Security-Policy (no 'unsafe-eval') that probe is a CSP violation that browsers report
// and Lighthouse counts against best practices. Our schemas are small, so the interpreted parser is
// plenty fast; tell zod not to try.
z.config({ jitless: true });
