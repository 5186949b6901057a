/** One value inside parsed JSON: its path (`properties.names.ru`, `publishedLengths[0].km`), key and value. */
interface JsonEntry {
  path: string;
  /** The property name, or the index in an array. */
  key: string | number;
  value: unknown;
}

/**
 * Every value nested in parsed JSON (own properties and array items, depth first, in file order),
 * without recursion, so that deeply nested input cannot overflow the stack. The root itself is not
 * listed. `skip` names properties not to descend into (e.g. `geometry`).
 */
export function* jsonEntries(root: unknown, skip: ReadonlySet<string> = new Set()): Generator<JsonEntry> {
  const stack: JsonEntry[] = [{ path: '', key: '', value: root }];
  let isRoot = true;
  while (stack.length > 0) {
    const entry = stack.pop() as JsonEntry;
    if (!isRoot) yield entry;
    isRoot = false;
    const { path, value } = entry;
    const children: JsonEntry[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        children.push({ path: `${path}[${index}]`, key: index, value: item });
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (!skip.has(key)) children.push({ path: path ? `${path}.${key}` : key, key, value: child });
      }
    }
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as JsonEntry);
  }
}
