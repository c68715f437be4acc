// Writes the framework type entries (myocheck/jsx, myocheck/vue, myocheck/svelte) from
// dist/custom-elements.json, after `rollup -c` and `npm run manifest` (part of `npm run build`).
//
// Every tag, attribute, writable property and event comes from the manifest. Value types are
// the element class's own property types (`MyoBodyMap['view']`), so enumerated attributes are
// the unions the class declares; event types are the `@fires {CustomEvent<Detail>}` types.
// An event without a type in the manifest stops the build: the types are strict or absent.
//
// Output, in dist/frameworks/: elements.d.ts (what every framework shares), react.d.ts,
// preact.d.ts, solid.d.ts, jsx.d.ts (all three), vue.d.ts and svelte.d.ts, each with an empty
// .js beside it so that a plain `import 'myocheck/jsx'` also resolves in a bundler.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/frameworks');
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));

const HEADER =
  '// Generated from custom-elements.json by scripts/framework-types.mjs during the build: do not edit.\n';
const GLOBAL_TYPES = new Set(['CustomEvent', 'Event']);

const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';
const pascal = tag => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const camel = name => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** The manifest's elements: tag, class, attributes, writable properties and typed events. */
function readElements() {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const fields = (decl.members ?? []).filter(
        m =>
          m.kind === 'field' &&
          !m.static &&
          !m.readonly &&
          !['private', 'protected'].includes(m.privacy),
      );
      const attributes = (decl.attributes ?? []).map(a => ({
        name: a.name,
        field: a.fieldName,
        type: a.type?.text ?? 'string',
        description: a.description ?? '',
      }));
      const events = (decl.events ?? []).map(e => {
        if (!e.type?.text)
          throw new Error(
            `${decl.name}: event "${e.name}" has no type in the manifest; write it as @fires {CustomEvent<Detail>} ${e.name}`,
          );
        return { name: e.name, type: e.type.text, description: e.description ?? '' };
      });
      elements.push({
        tag: decl.tagName,
        className: decl.name,
        name: pascal(decl.tagName),
        summary: decl.summary ?? '',
        attributes,
        fields: fields.map(f => ({ name: f.name, description: f.description ?? '' })),
        events,
      });
    }
  }
  if (elements.length === 0) throw new Error('no custom elements in dist/custom-elements.json');
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * `name?: Type` lines: the attributes (numbers also as text), then the writable properties; a
 * name that is both takes either type. `key` renames attributes (camelCase for Vue).
 */
function memberLines(el, key = name => name) {
  const entries = new Map();
  const add = (name, type, description) => {
    const seen = entries.get(name);
    if (!seen) entries.set(name, { types: new Set([type]), description });
    else if (!seen.types.has(`Attr<${type}>`)) seen.types.add(type);
  };
  const fieldType = field => `${el.className}['${field}']`;
  for (const a of el.attributes)
    add(key(a.name), a.field ? `Attr<${fieldType(a.field)}>` : a.type, a.description);
  for (const f of el.fields) add(f.name, fieldType(f.name), f.description);
  return [...entries]
    .map(
      ([name, { types, description }]) =>
        `${doc(description)}  '${name}'?: ${[...types].join(' | ')};`,
    )
    .join('\n');
}

function elementsFile(elements) {
  const names = new Set(elements.map(el => el.className));
  for (const el of elements)
    for (const e of el.events)
      for (const id of e.type.match(/[A-Za-z_$][\w$]*/g) ?? [])
        if (!GLOBAL_TYPES.has(id)) names.add(id);
  const blocks = elements.map(
    el => `/** \`<${el.tag}>\`: its attributes (kebab-case) and properties (camelCase). */
export interface ${el.name}Attributes {
${memberLines(el)}
}

/** \`<${el.tag}>\`: its attributes and properties, all camelCase (as Vue's templates name them). */
export interface ${el.name}CamelProps {
${memberLines(el, camel)}
}

/** \`<${el.tag}>\`: the events it fires, by name. */
export interface ${el.name}Events {
${el.events.map(e => `${doc(e.description)}  '${e.name}': ${e.type};`).join('\n')}
}`,
  );
  return `${HEADER}import type { ${[...names].sort().join(', ')} } from '../index.js';

/** An attribute's value: the property's type, and a number also as its text. */
export type Attr<T> = T extends number ? T | \`\${T}\` : T;

/** Event listener props: \`on<event>\` (React 19, Preact, Svelte 5). */
export type OnEventProps<E> = { [K in keyof E & string as \`on\${K}\`]?: (event: E[K]) => void };

${blocks.join('\n\n')}

/** Every myocheck element, by tag. */
export interface MyoElements {
${elements
  .map(
    el => `  '${el.tag}': {
    element: ${el.className};
    attributes: ${el.name}Attributes;
    camelProps: ${el.name}CamelProps;
    events: ${el.name}Events;
  };`,
  )
  .join('\n')}
}
`;
}

// One IntrinsicElements entry per tag; `props` gives the framework's own base attributes
// (class, style, slot, ref, key, children …) for an element class.
const intrinsic = (elements, props, extra = () => '') =>
  elements
    .map(
      el =>
        `${doc(el.summary, '      ')}      '${el.tag}': ${props(el.className)} &\n        MyoElements['${el.tag}']['attributes'] &\n        OnEventProps<MyoElements['${el.tag}']['events']>${extra(el)};`,
    )
    .join('\n');

const imports = elements =>
  `import type { ${elements.map(el => el.className).join(', ')} } from '../index.js';
import type { MyoElements, OnEventProps } from './elements.js';`;

const reactFile =
  elements => `${HEADER}// React 19: \`<myo-…>\` tags with typed attributes, properties and \`onmyo-…\` listeners.
import type * as React from 'react';
${imports(elements)}

export type * from './elements.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic(elements, c => `React.HTMLAttributes<${c}> & React.RefAttributes<${c}>`)}
    }
  }
}
`;

const preactFile =
  elements => `${HEADER}// Preact: \`<myo-…>\` tags with typed attributes, properties and \`onmyo-…\` listeners.
import type { JSX as PreactJSX } from 'preact';
${imports(elements)}

export type * from './elements.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic(elements, c => `PreactJSX.HTMLAttributes<${c}>`)}
    }
  }
}
`;

// Solid: plain names, and the prop:/attr:/bool:/on: namespaces.
const solidExtra = el => {
  const props = el.fields.map(f => `'prop:${f.name}'?: ${el.className}['${f.name}']`);
  const attrs = el.attributes.map(a => {
    const type = a.field ? `Attr<${el.className}['${a.field}']>` : a.type;
    return `'${a.type === 'boolean' ? 'bool' : 'attr'}:${a.name}'?: ${type}`;
  });
  const events = el.events.map(
    e => `'on:${e.name}'?: (event: MyoElements['${el.tag}']['events']['${e.name}']) => void`,
  );
  return ` & {\n          ${[...props, ...attrs, ...events].join(';\n          ')};\n        }`;
};
const solidFile =
  elements => `${HEADER}// Solid: \`<myo-…>\` tags with typed attributes, properties, prop:/attr:/bool: names and on: listeners.
import type { JSX as SolidJSX } from 'solid-js';
${imports(elements)}
import type { Attr } from './elements.js';

export type * from './elements.js';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic(elements, c => `SolidJSX.HTMLAttributes<${c}>`, solidExtra)}
    }
  }
}
`;

const jsxFile =
  () => `${HEADER}// React 19, Preact and Solid at once. A project that has only one of them and checks library
// types (\`skipLibCheck: false\`) imports myocheck/jsx/react, myocheck/jsx/preact or myocheck/jsx/solid.
/// <reference path="./react.d.ts" />
/// <reference path="./preact.d.ts" />
/// <reference path="./solid.d.ts" />
export type * from './elements.js';
`;

// Vue: the pattern of Vue's guide ("Non-Vue Web Components and TypeScript"): a constructor
// whose $props and $emit type the template's attributes and @event listeners.
const vueFile =
  elements => `${HEADER}// Vue 3: \`<myo-…>\` tags known to templates (vue-tsc, Volar), with typed props and @myo-… events.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { MyoElements } from './elements.js';

export type * from './elements.js';

/** A custom element as Vue's template type-checker sees it. */
export type VueCustomElement<Tag extends keyof MyoElements> = new () => MyoElements[Tag]['element'] & {
  /** @deprecated Template prop types only: not a property of the element. */
  $props: HTMLAttributes & Partial<MyoElements[Tag]['camelProps']> & PublicProps;
  /** @deprecated Template event types only: not a property of the element. */
  $emit: EmitFn<{
    [K in keyof MyoElements[Tag]['events']]: (event: MyoElements[Tag]['events'][K]) => void;
  }>;
};

declare module 'vue' {
  interface GlobalComponents {
${elements.map(el => `${doc(el.summary, '    ')}    '${el.tag}': VueCustomElement<'${el.tag}'>;`).join('\n')}
  }
}
`;

const svelteFile =
  elements => `${HEADER}// Svelte 5: \`<myo-…>\` tags known to svelte-check, with typed attributes, properties and
// \`onmyo-…\` event attributes.
import type { HTMLAttributes } from 'svelte/elements';
${imports(elements)}

export type * from './elements.js';

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${intrinsic(elements, c => `HTMLAttributes<${c}>`).replace(/^ {2}/gm, '')}
  }
}
`;

const elements = readElements();
mkdirSync(outDir, { recursive: true });
const files = {
  elements: elementsFile(elements),
  react: reactFile(elements),
  preact: preactFile(elements),
  solid: solidFile(elements),
  jsx: jsxFile(elements),
  vue: vueFile(elements),
  svelte: svelteFile(elements),
};
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(outDir, `${name}.d.ts`), text);
  writeFileSync(
    join(outDir, `${name}.js`),
    '// Types only: see the .d.ts beside this file.\nexport {};\n',
  );
}
console.log(
  `framework types: ${elements.length} elements, ${elements.reduce((n, el) => n + el.events.length, 0)} events → dist/frameworks/`,
);
