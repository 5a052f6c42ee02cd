// Bundled by checker-bench.mjs (esbuild resolves the "~" alias): the pure pledge modules the
// benchmark drives in Node, the same code the checker island runs in the browser.
export { checkPaste } from '~/components/pledge/checker-session';
export { issueReceipt } from '~/lib/pledge/receipt';
export { encodeReceiptLink, encodeReceiptText } from '~/lib/pledge/receipt-codec';
export { buildRoster } from '~/lib/pledge/roster';
export { formatZoned, toIsoMinute } from '~/lib/pledge/time-zone';
