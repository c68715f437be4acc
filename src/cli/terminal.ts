/**
 * Pack strings on a terminal. A pack is someone else's file: its `version` or a label may hold
 * ESC and an escape sequence the terminal honours (`\x1b[8m` conceals what follows, another
 * rewrites or recolours a line), which could hide or fake the fingerprint a reviewer signs.
 * @module
 */

/** C0 control characters, DEL and C1 control characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same, but tab and line feed, which an HTML page (the review sheet) keeps as layout. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const visible = (ch: string) =>
  `\\x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A pack string for a line of terminal output: each control character (line breaks and tabs
 * too, so a string cannot start a line of its own) as a visible escape, `\x1B`.
 */
export const forTerminal = (value: unknown): string => String(value).replace(CONTROLS, visible);

/** Text that keeps its tabs and line feeds (HTML), every other control character escaped. */
export const withoutControls = (value: string): string =>
  value.replace(CONTROLS_BUT_LAYOUT, visible);

/**
 * JSON for a terminal: `JSON.stringify` escapes C0 characters (`\u001b`) but leaves DEL and the
 * C1 characters raw (U+009B is a one-character CSI); these become `\u007f`…`\u009f` too.
 */
export const jsonForTerminal = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f]/g,
    ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
