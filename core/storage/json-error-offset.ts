// Finds where JSON text stops being valid. JSON.parse's messages vary by engine
// and often omit the position; a clerk's support call needs "line 3, column 14".

/** Offset of the first invalid character, or text.length if the text ends too soon, or -1 if valid. */
export function jsonErrorOffset(text: string): number {
  let index = 0;
  const whitespace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index += 1;
  };
  const fail = () => {
    throw new Error(String(index));
  };
  const expectChar = (char: string) => {
    if (text[index] !== char) fail();
    index += 1;
  };
  const literal = (word: string) => {
    for (const char of word) expectChar(char);
  };
  const string = () => {
    expectChar('"');
    while (index < text.length && text[index] !== '"') {
      const char = text[index]!;
      if (char < ' ') fail();
      if (char === '\\') {
        index += 1;
        if (text[index] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) fail();
          index += 4;
        } else if (!'"\\/bfnrt'.includes(text[index] ?? 'x')) fail();
      }
      index += 1;
    }
    expectChar('"');
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index, index + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    index += match![0].length;
  };
  const value = (): void => {
    whitespace();
    const char = text[index];
    if (char === '{') {
      index += 1;
      whitespace();
      if (text[index] === '}') return void (index += 1);
      for (;;) {
        whitespace();
        string();
        whitespace();
        expectChar(':');
        value();
        whitespace();
        if (text[index] === ',') index += 1;
        else return expectChar('}');
      }
    }
    if (char === '[') {
      index += 1;
      whitespace();
      if (text[index] === ']') return void (index += 1);
      for (;;) {
        value();
        whitespace();
        if (text[index] === ',') index += 1;
        else return expectChar(']');
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    return number();
  };
  try {
    value();
    whitespace();
    return index < text.length ? index : -1;
  } catch (error) {
    return Math.min(Number((error as Error).message), text.length);
  }
}
