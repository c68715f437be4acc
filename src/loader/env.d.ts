/** A style sheet's text (the loader build inlines it, minified). */
declare module '*.css' {
  const text: string;
  export default text;
}
