/**
 * Where a text stops being JSON (RFC 8259): the offset of the first character that cannot continue it,
 * and what was wrong there. Node's own message names no position for most errors; the CLI reports
 * "line L, column C" from this. Iterative (an explicit stack), so deep nesting cannot overflow it.
 */
export function jsonErrorAt(text: string): { offset: number; problem: string } | undefined {
  let i = 0;
  const stack: Array<'array' | 'object'> = [];
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (problem: string): { offset: number; problem: string } => ({ offset: i, problem: i >= text.length ? 'the text ends too early' : problem });
  const value = (): { offset: number; problem: string } | 'open' | undefined => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? 'object' : 'array');
      i++;
      return 'open';
    }
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text.charCodeAt(i) < 0x20) return fail('a control character inside a string');
        if (text[i] === '\\') {
          i++;
          if (text[i] === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return fail('a bad \\u escape');
            i += 4;
          } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) return fail('a bad escape');
        }
        i++;
      }
      if (i >= text.length) return fail('an unterminated string');
      i++;
      return undefined;
    }
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (m === null) return fail(`an unexpected character`);
    i += m[0].length;
    return undefined;
  };
  /** In an object, before a member's value: its name and the colon (the name is a string value). */
  const memberName = (): { offset: number; problem: string } | undefined => {
    ws();
    if (text[i] !== '"') return fail('a property name in double quotes was expected');
    const named = value();
    if (named !== undefined) return named as { offset: number; problem: string };
    ws();
    if (text[i] !== ':') return fail("':' was expected");
    i++;
    return undefined;
  };
  let r = value();
  for (;;) {
    if (r !== undefined && r !== 'open') return r;
    if (r === 'open') {
      ws();
      const top = stack[stack.length - 1]!;
      if (text[i] === (top === 'object' ? '}' : ']')) {
        stack.pop();
        i++;
      } else {
        const bad = top === 'object' ? memberName() : undefined;
        if (bad !== undefined) return bad;
        r = value();
        continue;
      }
    }
    // After a complete value: the end, or a separator or close of the enclosing container.
    ws();
    if (stack.length === 0) return i < text.length ? fail('more text after the JSON value') : undefined;
    const top = stack[stack.length - 1]!;
    if (text[i] === ',') {
      i++;
      const bad = top === 'object' ? memberName() : undefined;
      if (bad !== undefined) return bad;
      r = value();
      continue;
    }
    if (text[i] === (top === 'object' ? '}' : ']')) {
      stack.pop();
      i++;
      r = undefined;
      continue;
    }
    return fail(`',' or '${top === 'object' ? '}' : ']'}' was expected`);
  }
}
