// The four blocks in the block editor: a live preview of the element in the canvas and every
// attribute in the sidebar. Plain JS on WordPress's globals (wp.element.createElement, no JSX),
// so the plugin ships this file as written, with no build step. The server renders the blocks
// (render.php); block.json holds their names, titles and attributes.
(wp => {
  const { createElement: el, Fragment } = wp.element;
  const { __, sprintf } = wp.i18n;
  const { registerBlockType } = wp.blocks;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { CheckboxControl, BaseControl, PanelBody, SelectControl, TextControl, ToggleControl } =
    wp.components;

  /** Settings → myocheck and the site language, printed by the plugin before this script. */
  const site = window.myocheckEditor ?? { defaults: {}, lang: '' };

  const SECTIONS = [
    ['symptoms', __('Symptoms', 'myocheck')],
    ['duration', __('How long', 'myocheck')],
    ['impact', __('Sleep and daily tasks', 'myocheck')],
    ['safety', __('Warning signs and medicines', 'myocheck')],
  ];
  const SYMPTOMS = [
    ['widespread-pain', __('Widespread muscle pain', 'myocheck')],
    ['fatigue', __('Fatigue and low energy', 'myocheck')],
    ['stiffness', __('Stiffness and tender points', 'myocheck')],
    ['sleep-problems', __('Sleep disturbances', 'myocheck')],
    ['brain-fog', __('Brain fog', 'myocheck')],
    ['mood-changes', __('Mood changes', 'myocheck')],
  ];
  const STEPS = [
    ['symptoms', __('Symptoms', 'myocheck')],
    ['areas', __('Where it hurts', 'myocheck')],
    ['impact', __('How long and how it affects you', 'myocheck')],
    ['result', __('Result (always last)', 'myocheck')],
  ];
  const AREAS = [
    ['neck', __('Neck', 'myocheck')],
    ['upper-back', __('Upper back', 'myocheck')],
    ['lower-back', __('Lower back', 'myocheck')],
    ['chest', __('Chest', 'myocheck')],
    ['abdomen', __('Abdomen', 'myocheck')],
    ['jaw-left', __('Jaw, left', 'myocheck')],
    ['jaw-right', __('Jaw, right', 'myocheck')],
    ['shoulder-left', __('Shoulder, left', 'myocheck')],
    ['shoulder-right', __('Shoulder, right', 'myocheck')],
    ['upper-arm-left', __('Upper arm, left', 'myocheck')],
    ['upper-arm-right', __('Upper arm, right', 'myocheck')],
    ['lower-arm-left', __('Lower arm, left', 'myocheck')],
    ['lower-arm-right', __('Lower arm, right', 'myocheck')],
    ['hip-left', __('Hip, left', 'myocheck')],
    ['hip-right', __('Hip, right', 'myocheck')],
    ['upper-leg-left', __('Upper leg, left', 'myocheck')],
    ['upper-leg-right', __('Upper leg, right', 'myocheck')],
    ['lower-leg-left', __('Lower leg, left', 'myocheck')],
    ['lower-leg-right', __('Lower leg, right', 'myocheck')],
  ];
  const MODES = [
    ['', __('Yes / no (default)', 'myocheck')],
    ['severity', __('None, mild, moderate, severe', 'myocheck')],
  ];

  const kebab = name => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`);
  const options = pairs => pairs.map(([value, label]) => ({ value, label }));
  /** An empty field is "not set": the element's default or the site's (Settings → myocheck). */
  const orUnset = value => (value === '' || value == null ? undefined : value);

  /** Check boxes for a comma list; all ticked (or none) is the element's default: unset. */
  function ListControl({ label, help, choices, value, onChange }) {
    const chosen = value ? value.split(',').map(s => s.trim()) : choices.map(([id]) => id);
    const toggle = (id, on) => {
      const next = choices.map(([c]) => c).filter(c => (c === id ? on : chosen.includes(c)));
      onChange(next.length === 0 || next.length === choices.length ? undefined : next.join(','));
    };
    return el(
      BaseControl,
      { label, help, __nextHasNoMarginBottom: true },
      choices.map(([id, text]) =>
        el(CheckboxControl, {
          key: id,
          label: text,
          checked: chosen.includes(id),
          onChange: on => toggle(id, on),
          __nextHasNoMarginBottom: true,
        }),
      ),
    );
  }

  const text = (props, name, label, extra = {}) =>
    el(TextControl, {
      label,
      value: props.attributes[name] ?? '',
      onChange: value => props.setAttributes({ [name]: orUnset(value) }),
      __nextHasNoMarginBottom: true,
      ...extra,
    });

  const select = (props, name, label, choices, help, parse = String) =>
    el(SelectControl, {
      label,
      help,
      value: String(props.attributes[name] ?? ''),
      options: options(choices),
      onChange: value => props.setAttributes({ [name]: value === '' ? undefined : parse(value) }),
      __nextHasNoMarginBottom: true,
    });

  const number = (props, name, label, help) =>
    text(props, name, label, {
      type: 'number',
      min: 0,
      help,
      onChange: value => props.setAttributes({ [name]: value === '' ? undefined : Number(value) }),
    });

  const siteDefault = (key, fallback) =>
    site.defaults[key]
      ? sprintf(
          /* translators: %s: a value set under Settings → myocheck */ __(
            'Empty: %s (Settings → myocheck).',
            'myocheck',
          ),
          site.defaults[key],
        )
      : fallback;

  /** The fields every block has: language, heading, group, and what the browser keeps. */
  function commonPanel(props) {
    const { persist } = props.attributes;
    return el(
      PanelBody,
      { title: __('Page and language', 'myocheck'), initialOpen: false },
      select(props, 'lang', __('Language', 'myocheck'), [
        ['', __("The site's language", 'myocheck')],
        ['en', __('English', 'myocheck')],
        ['es', __('Spanish', 'myocheck')],
        ['fr', __('French', 'myocheck')],
        ['de', __('German', 'myocheck')],
        ['pt', __('Portuguese', 'myocheck')],
        ['ar', __('Arabic', 'myocheck')],
      ]),
      text(props, 'heading', __('Heading', 'myocheck'), {
        help: __('Empty: the element’s own heading.', 'myocheck'),
      }),
      select(
        props,
        'headingLevel',
        __('Heading level', 'myocheck'),
        [
          ['', __('H2 (default)', 'myocheck')],
          ...[1, 2, 3, 4, 5, 6].map(n => [String(n), `H${n}`]),
        ],
        undefined,
        Number,
      ),
      text(props, 'group', __('Group', 'myocheck'), {
        help: __(
          'Blocks with the same group share one set of answers. Empty: every block on the page shares one.',
          'myocheck',
        ),
      }),
      el(ToggleControl, {
        label: __('Remember the answers on the visitor’s device', 'myocheck'),
        help: __(
          'Keeps only the answers, in the visitor’s browser (never sent to this site), with a visible “Clear my answers”. Off: nothing is stored.',
          'myocheck',
        ),
        checked: Boolean(persist),
        onChange: on => props.setAttributes({ persist: on ? 'session' : undefined }),
        __nextHasNoMarginBottom: true,
      }),
      persist &&
        select(props, 'persist', __('For how long', 'myocheck'), [
          ['session', __('Until the tab is closed', 'myocheck')],
          ['local', __('Until the visitor clears them', 'myocheck')],
        ]),
    );
  }

  /** The call to action and thresholds (banner and quiz). */
  function referralPanel(props, extra = []) {
    return el(
      PanelBody,
      { title: __('Call to action', 'myocheck') },
      text(props, 'ctaHref', __('Call-to-action URL', 'myocheck'), {
        type: 'url',
        help: siteDefault(
          'ctaHref',
          __(
            'Where “Find a doctor” leads: a page of this site or an https:// address.',
            'myocheck',
          ),
        ),
      }),
      text(props, 'ctaLabel', __('Call-to-action label', 'myocheck'), {
        help: siteDefault('ctaLabel', __('Empty: “Find a doctor”.', 'myocheck')),
      }),
      text(props, 'emergencyNumber', __('Emergency number', 'myocheck'), {
        type: 'tel',
        help: siteDefault(
          'emergencyNumber',
          __('Shown when an answer calls for medical care now, e.g. 112 or 911.', 'myocheck'),
        ),
      }),
      number(
        props,
        'thresholdMonths',
        __('Months of pain before “see a doctor”', 'myocheck'),
        siteDefault('thresholdMonths', __('Empty: 3, as the article says.', 'myocheck')),
      ),
      ...extra,
    );
  }

  /** The element as the page will show it, attribute for attribute, in the canvas. */
  function preview(tag, attributes) {
    const values = { ...site.defaults, lang: site.lang, ...attributes };
    const props = {};
    for (const [key, value] of Object.entries(values)) {
      if (value === '' || value == null || value === false) continue;
      props[kebab(key)] = value === true ? '' : String(value);
    }
    return el(tag, props);
  }

  const blocks = {
    'symptom-checklist': props => [
      el(
        PanelBody,
        { title: __('Questions', 'myocheck') },
        el(ListControl, {
          label: __('Sections', 'myocheck'),
          choices: SECTIONS,
          value: props.attributes.sections,
          onChange: sections => props.setAttributes({ sections }),
        }),
        el(ListControl, {
          label: __('Symptoms', 'myocheck'),
          choices: SYMPTOMS,
          value: props.attributes.symptoms,
          onChange: symptoms => props.setAttributes({ symptoms }),
        }),
        select(props, 'mode', __('Answers', 'myocheck'), MODES),
      ),
    ],
    'body-map': props => [
      el(
        PanelBody,
        { title: __('Body map', 'myocheck') },
        select(props, 'view', __('View', 'myocheck'), [
          ['', __('Front and back (default)', 'myocheck')],
          ['front', __('Front', 'myocheck')],
          ['back', __('Back', 'myocheck')],
        ]),
        el(ToggleControl, {
          label: __('Start in the list view', 'myocheck'),
          checked: Boolean(props.attributes.listView),
          onChange: on => props.setAttributes({ listView: on || undefined }),
          __nextHasNoMarginBottom: true,
        }),
        el(ListControl, {
          label: __('Areas', 'myocheck'),
          help: __('The person’s own left and right.', 'myocheck'),
          choices: AREAS,
          value: props.attributes.areas,
          onChange: areas => props.setAttributes({ areas }),
        }),
      ),
    ],
    'referral-banner': props => [
      referralPanel(props, [
        select(props, 'showWhen', __('Show from', 'myocheck'), [
          ['', __('Self-care tips (default)', 'myocheck')],
          ['see-doctor', __('“See a doctor” only', 'myocheck')],
        ]),
        select(
          props,
          'fixedLevel',
          __('Always show', 'myocheck'),
          [
            ['', __('The level the answers reach (default)', 'myocheck')],
            ['self-care', __('Self-care tips', 'myocheck')],
            ['see-doctor', __('See a doctor', 'myocheck')],
            ['urgent', __('Get medical care now', 'myocheck')],
          ],
          __('A fixed level makes a static banner that ignores the answers.', 'myocheck'),
        ),
      ]),
    ],
    'self-check': props => [
      el(
        PanelBody,
        { title: __('Quiz', 'myocheck') },
        el(ListControl, {
          label: __('Steps', 'myocheck'),
          choices: STEPS,
          value: props.attributes.steps,
          onChange: steps => props.setAttributes({ steps }),
        }),
        select(props, 'mode', __('Symptom answers', 'myocheck'), MODES),
      ),
      referralPanel(props),
    ],
  };

  for (const [name, panels] of Object.entries(blocks)) {
    registerBlockType(`myocheck/${name}`, {
      edit(props) {
        return el(
          Fragment,
          null,
          el(InspectorControls, null, ...panels(props), commonPanel(props)),
          el('div', useBlockProps(), preview(`myo-${name}`, props.attributes)),
        );
      },
      save: () => null,
    });
  }
})(window.wp);
