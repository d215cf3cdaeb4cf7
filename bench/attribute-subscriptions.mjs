// Deterministic MessageAttributes subscriptions and messages for the attribute-scope benchmark:
// an order/notification stream in the shape of SNS's own filter-policy examples (store, event
// type, price, customer interests as a String.Array, region, priority), with policies drawn from
// the operator families SNS documents for attributes (exact, prefix, suffix, equals-ignore-case,
// numeric ranges, anything-but, exists, String.Array membership, combinations).
import { seededRandom as rng } from '@arbiter/ir';

const STORES = Array.from({ length: 60 }, (_, i) => `store_${String(i).padStart(3, '0')}`);
const EVENTS = ['order_placed', 'order_cancelled', 'order_shipped', 'order_returned', 'payment_failed', 'refund_issued', 'cart_abandoned', 'review_posted'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1'];
const INTERESTS = ['rugby', 'football', 'baseball', 'tennis', 'golf', 'cycling', 'hiking', 'chess', 'cooking', 'music', 'film', 'travel'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];

const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
const some = (r, arr, n) => Array.from({ length: n }, () => pick(r, arr));

/** `n` messages, each with 4–6 attributes in SNS's delivered `{Type, Value}` shape. */
export function generateAttributeMessages(n, seed = 11) {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const attributes = {
      store: { Type: 'String', Value: pick(r, STORES) },
      event_type: { Type: 'String', Value: pick(r, EVENTS) },
      price_usd: { Type: 'Number', Value: (Math.floor(r() * 100000) / 100).toFixed(2) },
      customer_interests: { Type: 'String.Array', Value: JSON.stringify(some(r, INTERESTS, 1 + Math.floor(r() * 3))) },
    };
    if (r() < 0.7) attributes.region = { Type: 'String', Value: pick(r, REGIONS) };
    if (r() < 0.4) attributes.priority = { Type: 'String', Value: pick(r, PRIORITIES) };
    return { attributes };
  });
}

const families = [
  (r) => ({ store: [pick(r, STORES)] }),
  (r) => ({ store: [pick(r, STORES)], event_type: [pick(r, EVENTS)] }),
  (r) => ({ event_type: [{ prefix: pick(r, EVENTS).slice(0, 6) }], region: [pick(r, REGIONS)] }),
  (r) => ({ region: [{ suffix: pick(r, REGIONS).slice(-3) }] }),
  (r) => ({ priority: [{ 'equals-ignore-case': pick(r, PRIORITIES).toUpperCase() }] }),
  (r) => {
    const lo = Math.floor(r() * 900);
    return { price_usd: [{ numeric: ['>=', lo, '<', lo + 1 + Math.floor(r() * 100)] }] };
  },
  (r) => ({ customer_interests: some(r, INTERESTS, 2) }),
  (r) => ({ event_type: [{ 'anything-but': some(r, EVENTS, 3) }], store: [pick(r, STORES)] }),
  (r) => ({ priority: [{ exists: r() < 0.5 }], store: [pick(r, STORES)] }),
  (r) => ({ store: [pick(r, STORES)], $or: [{ price_usd: [{ numeric: ['>', 500] }] }, { priority: ['urgent'] }] }),
];

/** `n` attribute-scope subscriptions cycling through the families, deterministic per seed. */
export function generateAttributeSubscriptions(n, seed = 5) {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({ id: `attr-${i}`, scope: 'MessageAttributes', policy: families[i % families.length](r) }));
}
