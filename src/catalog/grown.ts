/** A copy of a typed array with room for `size` elements (at least its length): the array grown. */
export function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, size: number): T {
  const copy = new (array.constructor as new (n: number) => T)(Math.max(size, array.length));
  copy.set(array);
  return copy;
}
