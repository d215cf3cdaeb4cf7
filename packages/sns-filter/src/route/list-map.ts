/** Adds `item` to the list under `key`; the returned undo removes it (and the key once empty). */
export function addToListMap<K, V>(map: Map<K, V[]>, key: K, item: V): () => void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(item);
  return () => {
    const rest = (map.get(key) ?? []).filter((x) => x !== item);
    if (rest.length > 0) map.set(key, rest);
    else map.delete(key);
  };
}
