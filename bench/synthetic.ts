/** Moved to tests/fixtures/synthetic.ts; kept until lib/match/matcher.test.ts imports it from there. */
export * from '../tests/fixtures/synthetic';
