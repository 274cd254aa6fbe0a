// A store of the last few values by key, the least recently kept out first: what a worker made ahead (kit/
// serve-latest.ts) and what a page keeps of what its worker posted ahead (the remedies and recurrent islands).

export interface LastKept<V> { map: Map<string, V>; keep: (key: string, value: V) => void }

/** The last `size` values kept, by key. */
export function lastKept<V>(size: number): LastKept<V> {
  const map = new Map<string, V>();
  return {
    map,
    keep(key, value) {
      map.delete(key);
      map.set(key, value);
      while (map.size > size) map.delete(map.keys().next().value as string);
    },
  };
}
