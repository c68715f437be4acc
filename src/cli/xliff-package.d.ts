// The `xliff` package ships no types: the two functions the CLI uses (src/cli/xliff.ts).
declare module 'xliff/js2xliff' {
  const js2xliff: {
    js2xliffClb(obj: object, options: object, callback: (error: unknown) => void): unknown;
  };
  export default js2xliff;
}
declare module 'xliff/xliff2js' {
  export default function xliff2js(
    text: string,
    callback: (error: Error | null, result: object) => void,
  ): void;
}
