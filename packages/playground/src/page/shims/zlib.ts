/**
 * The page's stand-in for `node:zlib`. Only the CloudWatch Logs helpers of
 * @arbiter/data-protection (gzip'd subscription payloads) use it, and the page never calls them;
 * should one be called, it fails with this message instead of pulling zlib into the bundle.
 */
function unavailable(): never {
  throw new Error('gzip is not available in the playground page');
}

export const gzipSync = unavailable;
export const gunzipSync = unavailable;
