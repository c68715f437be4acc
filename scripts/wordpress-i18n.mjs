// The WordPress plugin's translations. The .po files in wordpress/languages/ are the source of
// truth, one per locale (myocheck-fr_FR.po); this script keeps them in step with the code:
//   node scripts/wordpress-i18n.mjs            (npm run i18n:wordpress) writes myocheck.pot from
//                                              the code and adds each new string to every .po
//                                              (untranslated), drops the strings the code no
//                                              longer has, and lists what is left to translate
//   node scripts/wordpress-i18n.mjs --check    writes nothing; exits 1 when the .pot or a .po is
//                                              out of step with the code (the build runs it)
//   node scripts/wordpress-i18n.mjs --add it_IT  starts myocheck-it_IT.po from the .pot
// The strings: every gettext call of the text domain `myocheck` in the PHP and the editor script
// (__(), _x(), _n(), esc_html__() …: what `wp i18n make-pot` collects, without WP-CLI), the
// blocks' titles, descriptions and keywords (block.json; WordPress translates them with the
// contexts "block title", "block description" and "block keyword") and the plugin header's name
// and description. scripts/build-wordpress.mjs compiles each .po (compile() below) into the
// plugin's languages/myocheck-<locale>.mo (PHP) and
// languages/myocheck-<locale>-myocheck-editor.json (the editor script's Jed JSON, the file name
// load_script_textdomain() tries first). test/node/wordpress-i18n.test.mjs checks them.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import gettextParser from 'gettext-parser';

const root = new URL('..', import.meta.url).pathname;
export const SOURCE = join(root, 'wordpress');
export const LANGUAGES = join(SOURCE, 'languages');
export const DOMAIN = 'myocheck';
/** The editor script's handle (myocheck.php): its JSON is <domain>-<locale>-<handle>.json. */
export const EDITOR_HANDLE = 'myocheck-editor';
export const EDITOR_SCRIPT = 'editor/blocks.js';

/**
 * The gettext functions and where their arguments sit: text, plural, context, domain (the
 * number of _n() is an expression, skipped).
 */
const KEYWORDS = {
  __: ['text', 'domain'],
  _e: ['text', 'domain'],
  esc_html__: ['text', 'domain'],
  esc_html_e: ['text', 'domain'],
  esc_attr__: ['text', 'domain'],
  esc_attr_e: ['text', 'domain'],
  _x: ['text', 'context', 'domain'],
  _ex: ['text', 'context', 'domain'],
  esc_html_x: ['text', 'context', 'domain'],
  esc_attr_x: ['text', 'context', 'domain'],
  _n: ['text', 'plural', null, 'domain'],
  _nx: ['text', 'plural', null, 'context', 'domain'],
  _n_noop: ['text', 'plural', 'domain'],
  _nx_noop: ['text', 'plural', 'context', 'domain'],
};

/**
 * The plural forms of the languages the plugin ships (gettext's Plural-Forms, as WordPress's
 * translation platform writes them); a .po for another language needs one of its own.
 */
export const PLURAL_FORMS = {
  en: 'nplurals=2; plural=(n != 1);',
  es: 'nplurals=2; plural=(n != 1);',
  de: 'nplurals=2; plural=(n != 1);',
  fr: 'nplurals=2; plural=(n > 1);',
  pt_BR: 'nplurals=2; plural=(n > 1);',
  pt: 'nplurals=2; plural=(n != 1);',
  ar: 'nplurals=6; plural=(n == 0) ? 0 : ((n == 1) ? 1 : ((n == 2) ? 2 : ((n % 100 >= 3 && n % 100 <= 10) ? 3 : ((n % 100 >= 11 && n % 100 <= 99) ? 4 : 5))));',
};

/** The Plural-Forms a locale must have: its own (pt_BR) or its language's (fr_CA → fr). */
export const pluralFormsFor = locale => PLURAL_FORMS[locale] ?? PLURAL_FORMS[locale.split('_')[0]];

/** Every file under a folder, as sorted paths relative to it, with / separators. */
const walk = dir =>
  readdirSync(dir, { recursive: true })
    .map(f => String(f).split('\\').join('/'))
    .filter(f => statSync(join(dir, f)).isFile())
    .sort();

/** The key of a message in a catalogue: gettext's context, U+0004, the text. */
export const keyOf = ({ msgctxt, msgid }) => (msgctxt ? `${msgctxt}\u0004${msgid}` : msgid);

/**
 * The value of a string literal at `start` (a quote) and the index after it. PHP's single quotes
 * know only \' and \\; JS and PHP's double quotes the usual escapes.
 */
function readString(text, start, php) {
  const quote = text[start];
  let value = '';
  let i = start + 1;
  for (; i < text.length && text[i] !== quote; i++) {
    if (text[i] !== '\\') {
      value += text[i];
      continue;
    }
    const next = text[++i];
    if (php && quote === "'") value += next === "'" || next === '\\' ? next : `\\${next}`;
    else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
      value += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else value += { n: '\n', t: '\t', r: '\r', 0: '\0' }[next] ?? next;
  }
  if (i >= text.length) throw new Error(`wordpress-i18n: an unclosed string at ${start}`);
  return { value, end: i + 1 };
}

/** The index after a comment at `i` (// or /* … *\/, and # in PHP), or -1 when none is there. */
function skipComment(text, i, php) {
  if (text.startsWith('/*', i)) return text.indexOf('*/', i + 2) + 2;
  if (text.startsWith('//', i) || (php && text[i] === '#' && text[i + 1] !== '[')) {
    const end = text.indexOf('\n', i);
    return end === -1 ? text.length : end;
  }
  return -1;
}

/**
 * The arguments of a call whose "(" is at `open`: each a string literal's value (or the
 * concatenation of literals, 'a' . 'b' / 'a' + 'b'), or null for any other expression.
 */
function readArguments(text, open, php) {
  const args = [];
  let i = open + 1;
  let depth = 0;
  let literal = '';
  let onlyLiterals = true;
  let empty = true;
  const push = () => {
    if (!empty) args.push(onlyLiterals ? literal : null);
    literal = '';
    onlyLiterals = true;
    empty = true;
  };
  for (; i < text.length; i++) {
    const c = text[i];
    const comment = skipComment(text, i, php);
    if (comment > 0) {
      i = comment - 1;
    } else if (c === '"' || c === "'" || c === '`') {
      if (c === '`') onlyLiterals = false;
      const { value, end } = readString(text, i, php);
      if (depth === 0) literal += value;
      else onlyLiterals = false;
      empty = false;
      i = end - 1;
    } else if ('([{'.includes(c)) {
      depth++;
      onlyLiterals = false;
      empty = false;
    } else if (')]}'.includes(c)) {
      if (depth === 0) {
        push();
        return args;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      push();
    } else if (/\s/.test(c) || (depth === 0 && c === (php ? '.' : '+'))) {
      // between literals
    } else {
      onlyLiterals = false;
      empty = false;
    }
  }
  throw new Error('wordpress-i18n: an unclosed call');
}

/**
 * The messages of one file's text: `{ msgid, msgid_plural?, msgctxt?, comment?, line }` for each
 * gettext call of the domain. A call of another domain (or none: WordPress's own) or with a text
 * that is not a literal is an error: every string of the plugin must reach the .pot.
 */
export function extractCalls(text, { php = false, file = 'input' } = {}) {
  const found = [];
  let translators = null;
  const lineAt = index => text.slice(0, index).split('\n').length;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const comment = skipComment(text, i, php);
    if (comment > 0) {
      const body = text.slice(i, comment);
      const note = /translators:[\s\S]*?(?=\*\/|$)/i.exec(body);
      if (note) {
        const clean = note[0].replace(/\n\s*\*?\s*/g, ' ').trim();
        translators = { text: clean, line: lineAt(comment) };
      }
      i = comment - 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      i = readString(text, i, php).end - 1;
      continue;
    }
    if (!/[A-Za-z_$]/.test(c) || /[\w$]/.test(text[i - 1] ?? '')) continue;
    const name = /^[A-Za-z_$][\w$]*/.exec(text.slice(i))[0];
    const after = i + name.length;
    const open = after + /^\s*/.exec(text.slice(after))[0].length;
    const before = text.slice(Math.max(0, i - 9), i);
    // a call, not the definition of a function of that name (the PHP tests' stubs)
    if (!KEYWORDS[name] || text[open] !== '(' || /function\s+$/.test(before)) {
      i = after - 1;
      continue;
    }
    const line = lineAt(i);
    const values = readArguments(text, open, php);
    const message = { line };
    KEYWORDS[name].forEach((role, n) => {
      if (role) message[role] = values[n];
    });
    const where = `${file}:${line}`;
    if (message.domain !== DOMAIN) {
      throw new Error(`wordpress-i18n: ${where}: ${name}() without the text domain '${DOMAIN}'`);
    }
    for (const role of ['text', 'plural', 'context']) {
      if (KEYWORDS[name].includes(role) && typeof message[role] !== 'string') {
        throw new Error(`wordpress-i18n: ${where}: the ${role} of ${name}() is not a literal`);
      }
    }
    found.push({
      msgid: message.text,
      ...(message.plural !== undefined && { msgid_plural: message.plural }),
      ...(message.context !== undefined && { msgctxt: message.context }),
      // a translators comment applies to the call right after it (same line or the next)
      ...(translators && line - translators.line <= 1 && { comment: translators.text }),
      line,
    });
    translators = null;
    i = open;
  }
  return found;
}

/**
 * Every message of the plugin in `dir` (default wordpress/), in the order the code has them:
 * `{ msgid, msgid_plural?, msgctxt?, comments: [], references: [file…] }`.
 */
export function extract(dir = SOURCE) {
  const messages = new Map();
  const add = (message, file) => {
    const key = keyOf(message);
    const entry = messages.get(key) ?? {
      msgid: message.msgid,
      ...(message.msgctxt && { msgctxt: message.msgctxt }),
      comments: [],
      references: [],
    };
    if (message.msgid_plural !== undefined) {
      if (entry.msgid_plural !== undefined && entry.msgid_plural !== message.msgid_plural) {
        throw new Error(`wordpress-i18n: "${message.msgid}" has two plurals (${file})`);
      }
      entry.msgid_plural = message.msgid_plural;
    }
    if (message.comment && !entry.comments.includes(message.comment)) {
      entry.comments.push(message.comment);
    }
    if (!entry.references.includes(file)) entry.references.push(file);
    messages.set(key, entry);
  };
  const files = walk(dir);
  // the plugin header first, as WordPress lists it
  const header = readFileSync(join(dir, 'myocheck.php'), 'utf8');
  for (const field of ['Plugin Name', 'Description']) {
    const value = new RegExp(`^ \\* ${field}:\\s+(.*)$`, 'm').exec(header)?.[1]?.trim();
    if (value) add({ msgid: value, comment: `${field} of the plugin` }, 'myocheck.php');
  }
  for (const file of files.filter(f => /\.(php|js)$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const message of extractCalls(text, { php: file.endsWith('.php'), file })) {
      add(message, file);
    }
  }
  for (const file of files.filter(f => f.endsWith('block.json'))) {
    const block = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (block.textdomain !== DOMAIN) {
      throw new Error(`wordpress-i18n: ${file}: textdomain is not "${DOMAIN}"`);
    }
    add({ msgid: block.title, msgctxt: 'block title' }, file);
    if (block.description) add({ msgid: block.description, msgctxt: 'block description' }, file);
    for (const keyword of block.keywords ?? []) {
      add({ msgid: keyword, msgctxt: 'block keyword' }, file);
    }
  }
  return [...messages.values()];
}

/** Whether a message is used by the editor script (its JSON) or by PHP and block.json (the .mo). */
export const inEditor = message => message.references.includes(EDITOR_SCRIPT);
export const inPhp = message => message.references.some(ref => ref !== EDITOR_SCRIPT);

/**
 * The printf placeholders of a text (%s, %1$s, %d, %%), sorted when they are numbered (a
 * translation may reorder those) and in order when they are not.
 */
export function placeholders(text) {
  const found = text.match(/%(?:\d+\$)?[-+ 0#']*\d*(?:\.\d+)?[bcdeEfFgGiosuxX%]/g) ?? [];
  return found.every(p => /^%\d+\$/.test(p) || p === '%%') ? found.sort() : found;
}

/** A catalogue (gettext-parser's shape) from messages, with `translate(message)` as msgstr. */
function catalogue(messages, headers, translate = () => null) {
  const translations = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const message of messages) {
    const context = message.msgctxt ?? '';
    translations[context] ??= {};
    const forms = message.msgid_plural === undefined ? 1 : nplurals(headers['Plural-Forms']);
    translations[context][message.msgid] = {
      ...(message.msgctxt && { msgctxt: message.msgctxt }),
      msgid: message.msgid,
      ...(message.msgid_plural !== undefined && { msgid_plural: message.msgid_plural }),
      msgstr: translate(message) ?? Array(forms).fill(''),
      comments: {
        ...(message.comments.length && { extracted: message.comments.join('\n') }),
        reference: message.references.join(' '),
      },
    };
  }
  return { charset: 'utf-8', headers, translations };
}

/** The number of plural forms a Plural-Forms header gives (2 without one). */
export const nplurals = header => Number(/nplurals\s*=\s*(\d+)/.exec(header ?? '')?.[1] ?? 2);

/** The .po text of a catalogue, its messages in the code's order. */
function poText(data, messages, top) {
  const order = new Map(messages.map((m, i) => [keyOf(m), i]));
  const rank = entry => (entry.msgid === '' ? -1 : (order.get(keyOf(entry)) ?? order.size));
  const body = gettextParser.po
    .compile(data, { sort: (a, b) => rank(a) - rank(b) })
    .toString('utf8');
  return `${top}\n${body.replace(/\n*$/, '\n')}`;
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The .pot text for the messages: what translators start from. */
export function potFor(messages) {
  return poText(
    catalogue(messages, {
      'Project-Id-Version': 'myocheck',
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Domain': DOMAIN,
    }),
    messages,
    '# Translation template for the myocheck WordPress plugin: node scripts/wordpress-i18n.mjs writes it\n# from the code. Each language is a .po beside it (myocheck-<locale>.po).',
  );
}

/** The .po files beside the .pot, by locale: { fr_FR: '/…/myocheck-fr_FR.po' }. */
export function poFiles(dir = LANGUAGES) {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .map(f => /^myocheck-([a-z]{2,3}(?:_[A-Z]{2})?(?:_[a-z0-9]+)?)\.po$/.exec(f))
      .filter(Boolean)
      .map(([file, locale]) => [locale, join(dir, file)]),
  );
}

/** A .po parsed: { headers, entries: Map(key → entry) } (entries without the header). */
export function readPo(text) {
  const data = gettextParser.po.parse(text);
  const entries = new Map();
  for (const context of Object.values(data.translations)) {
    for (const entry of Object.values(context)) {
      if (entry.msgid !== '') entries.set(keyOf(entry), entry);
    }
  }
  return { headers: data.headers, entries };
}

const isFuzzy = entry => /\bfuzzy\b/.test(entry.comments?.flag ?? '');

/**
 * What is wrong with one locale's .po against the code's messages, as sentences: a string the
 * .po lacks or has without a translation (or marked fuzzy), one the code no longer has, a
 * placeholder lost or added, the wrong number of plural forms, a missing or wrong Plural-Forms
 * or Language header. `untranslated: false` leaves out the untranslated (for --check during
 * development; the test and a release want none).
 */
export function problems(locale, po, messages, { untranslated = true } = {}) {
  const out = [];
  const forms = nplurals(po.headers['Plural-Forms']);
  if (po.headers.Language !== locale) {
    out.push(`Language header is "${po.headers.Language ?? ''}", not "${locale}"`);
  }
  const expected = pluralFormsFor(locale);
  if (!po.headers['Plural-Forms']) out.push('no Plural-Forms header');
  else if (expected && po.headers['Plural-Forms'] !== expected) {
    out.push(`Plural-Forms is "${po.headers['Plural-Forms']}", not "${expected}"`);
  }
  const wanted = new Set(messages.map(keyOf));
  for (const key of po.entries.keys()) {
    if (!wanted.has(key))
      out.push(`stale: "${key.replace('\u0004', ' | ')}" is no longer in the code`);
  }
  for (const message of messages) {
    const key = keyOf(message);
    const label = key.replace('\u0004', ' | ');
    const entry = po.entries.get(key);
    if (!entry) {
      out.push(`missing: "${label}"`);
      continue;
    }
    if ((entry.msgid_plural ?? null) !== (message.msgid_plural ?? null)) {
      out.push(
        `"${label}": msgid_plural is "${entry.msgid_plural}", not "${message.msgid_plural}"`,
      );
      continue;
    }
    const strings = entry.msgstr ?? [];
    if (strings.every(s => !s) || isFuzzy(entry)) {
      if (untranslated) out.push(`untranslated${isFuzzy(entry) ? ' (fuzzy)' : ''}: "${label}"`);
      continue;
    }
    const want = message.msgid_plural === undefined ? 1 : forms;
    if (strings.length !== want) {
      out.push(`"${label}": ${strings.length} plural forms, not ${want}`);
    }
    strings.forEach((translation, n) => {
      if (!translation) {
        out.push(`"${label}": plural form ${n} is empty`);
        return;
      }
      const source =
        n === 0 || message.msgid_plural === undefined ? message.msgid : message.msgid_plural;
      // a form for one may leave the number out (Arabic "شهر واحد"), never add or change one
      const mine = placeholders(translation).join(' ');
      const theirs = placeholders(source).join(' ');
      const singularOnly = message.msgid_plural !== undefined && mine === '';
      if (mine !== theirs && !singularOnly) {
        out.push(
          `"${label}": placeholders "${mine}" in the translation, "${theirs}" in the source`,
        );
      }
    });
  }
  return out;
}

/**
 * One locale's compiled files: `mo` (a Buffer, for PHP: the strings of the PHP files and
 * block.json) and `json` (Jed 1.x, for the editor script: the strings of editor/blocks.js), as
 * `wp i18n make-mo` and `wp i18n make-json` would make them. Untranslated and fuzzy strings are
 * left out (the English shows).
 */
export function compile(locale, po, messages) {
  const translated = message => {
    const entry = po.entries.get(keyOf(message));
    return entry && !isFuzzy(entry) && entry.msgstr.some(Boolean) ? entry : null;
  };
  const headers = {
    'Project-Id-Version': `myocheck ${version}`,
    Language: locale,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'Plural-Forms': po.headers['Plural-Forms'],
    'X-Domain': DOMAIN,
  };
  const php = messages.filter(m => inPhp(m) && translated(m));
  const mo = gettextParser.mo.compile(catalogue(php, headers, m => translated(m).msgstr));
  const localeData = {
    '': { domain: 'messages', lang: locale, 'plural-forms': headers['Plural-Forms'] },
  };
  for (const message of messages.filter(m => inEditor(m) && translated(m))) {
    localeData[keyOf(message)] = translated(message).msgstr;
  }
  const json = {
    'translation-revision-date': po.headers['PO-Revision-Date'] ?? '',
    generator: 'myocheck scripts/wordpress-i18n.mjs',
    source: EDITOR_SCRIPT,
    domain: 'messages',
    locale_data: { messages: localeData },
  };
  return { mo, json };
}

/** The file names WordPress looks for: languages/myocheck-fr_FR.mo and its editor JSON. */
export const moName = locale => `${DOMAIN}-${locale}.mo`;
export const jsonName = locale => `${DOMAIN}-${locale}-${EDITOR_HANDLE}.json`;

/**
 * A .po brought in step with the messages: new strings added untranslated, the code's gone
 * ones dropped, references and comments from the code, translations kept.
 */
export function updatePo(locale, text, messages) {
  const po = readPo(text);
  const headers = {
    'Project-Id-Version': 'myocheck',
    Language: locale,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'Plural-Forms': po.headers['Plural-Forms'] || pluralFormsFor(locale) || PLURAL_FORMS.en,
    'X-Domain': DOMAIN,
  };
  // a translator's own headers (Last-Translator, PO-Revision-Date …) stay
  for (const [name, value] of Object.entries(po.headers)) headers[name] ??= value;
  const top = text.match(/^(?:#.*\n)+/)?.[0].trimEnd() ?? `# myocheck in ${locale}.`;
  return poText(
    catalogue(messages, headers, m => po.entries.get(keyOf(m))?.msgstr),
    messages,
    top,
  );
}

async function main(args) {
  const messages = extract();
  const pot = potFor(messages);
  const potFile = join(LANGUAGES, 'myocheck.pot');
  const files = poFiles();
  if (args[0] === '--add') {
    const locale = args[1];
    if (!/^[a-z]{2,3}(_[A-Z]{2})?(_[a-z0-9]+)?$/.test(locale ?? '')) {
      throw new Error('usage: node scripts/wordpress-i18n.mjs --add it_IT (a WordPress locale)');
    }
    const file = join(LANGUAGES, `${DOMAIN}-${locale}.po`);
    if (existsSync(file)) throw new Error(`${file} exists`);
    const start = `# myocheck in ${locale}: the WordPress plugin's editor, settings and block names.\n# Formal register, plain language; the same terms as the library's src/core/locales/.`;
    writeFileSync(file, updatePo(locale, `${start}\n${pot.replace(/^(#.*\n)+/, '')}`, messages));
    console.log(`${file}: ${messages.length} strings to translate`);
    if (!pluralFormsFor(locale)) console.log('Check its Plural-Forms header for the language.');
    return 0;
  }
  if (args[0] === '--check') {
    const failures = [];
    if (!existsSync(potFile) || readFileSync(potFile, 'utf8') !== pot) {
      failures.push('wordpress/languages/myocheck.pot is not what the code has');
    }
    for (const [locale, file] of Object.entries(files)) {
      const found = problems(locale, readPo(readFileSync(file, 'utf8')), messages, {
        untranslated: false,
      });
      failures.push(...found.map(p => `myocheck-${locale}.po: ${p}`));
    }
    if (failures.length) {
      console.error(
        `${failures.join('\n')}\nRun node scripts/wordpress-i18n.mjs (npm run i18n:wordpress), then translate what it lists.`,
      );
      return 1;
    }
    console.log(
      `wordpress-i18n: ${messages.length} strings; ${Object.keys(files).join(', ')} in step`,
    );
    return 0;
  }
  writeFileSync(potFile, pot);
  for (const [locale, file] of Object.entries(files)) {
    const before = readFileSync(file, 'utf8');
    const after = updatePo(locale, before, messages);
    // a string the code changed is a new one: say what the old one was translated as
    const wanted = new Set(messages.map(keyOf));
    for (const [key, entry] of readPo(before).entries) {
      if (!wanted.has(key)) {
        console.log(`myocheck-${locale}.po: dropped "${key}" (was "${entry.msgstr.join('", "')}")`);
      }
    }
    if (after !== before) writeFileSync(file, after);
    const left = problems(locale, readPo(after), messages);
    console.log(`myocheck-${locale}.po: ${left.length ? `\n  ${left.join('\n  ')}` : 'complete'}`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
