<?php
/**
 * The blocks' front end: each block is its element, with the block's attributes as the
 * element's attributes.
 *
 * @package myocheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every element attribute a block may carry, by block attribute name (camelCase); the element's
 * is the kebab-case form (ctaHref → cta-href). A block renders those its block.json declares.
 */
const MYOCHECK_ELEMENT_ATTRIBUTES = array(
	'group',
	'lang',
	'heading',
	'headingLevel',
	'persist',
	'sections',
	'symptoms',
	'mode',
	'view',
	'areas',
	'listView',
	'steps',
	'thresholdMonths',
	'ctaHref',
	'ctaLabel',
	'emergencyNumber',
	'showWhen',
	'fixedLevel',
);

/**
 * The site's language as a language tag (en-US, es-ES): the elements' language when a block
 * leaves `lang` empty.
 *
 * @return string
 */
function myocheck_site_lang() {
	return (string) get_bloginfo( 'language' );
}

/**
 * The element's attributes for a block: its own values, else the site-wide defaults of
 * Settings → myocheck for the fields it leaves empty, else the site language for `lang`.
 *
 * @param array         $attributes The block's attributes.
 * @param WP_Block_Type $block_type The block's type, to know which attributes it declares.
 * @return array<string, string> Element attribute name => value, not yet escaped.
 */
function myocheck_element_attributes( $attributes, $block_type ) {
	$values = array();
	foreach ( myocheck_settings() as $key => $default ) {
		if ( '' !== $default ) {
			$values[ $key ] = $default;
		}
	}
	$values['lang'] = myocheck_site_lang();
	foreach ( $attributes as $key => $value ) {
		if ( is_scalar( $value ) && '' !== $value ) {
			$values[ $key ] = $value;
		}
	}

	$element = array();
	foreach ( MYOCHECK_ELEMENT_ATTRIBUTES as $key ) {
		if ( ! isset( $values[ $key ], $block_type->attributes[ $key ] ) ) {
			continue;
		}
		$value = $values[ $key ];
		if ( is_bool( $value ) ) {
			if ( ! $value ) {
				continue;
			}
			$value = '';
		}
		if ( 'ctaHref' === $key ) {
			$value = myocheck_sanitize_href( $value );
		}
		$element[ strtolower( preg_replace( '/([A-Z])/', '-$1', $key ) ) ] = (string) $value;
	}
	return $element;
}

/**
 * The advice a block shows without JavaScript (JavaScript off, or the script blocked), inside its
 * element: the article's "when to see a doctor" thresholds and the disclaimer, in the element's
 * language (else its base language, else English; right to left for Arabic), from
 * fallback.json, which the build writes from the content pack in every language the library
 * ships (scripts/wordpress-fallback.mjs). The element's shadow root has no default slot, so
 * this content is not shown once the element renders.
 *
 * @param string $lang   The element's language tag (es-ES, en).
 * @param mixed  $months The months of pain before "see a doctor" (a threshold the pack allows,
 *                       else the pack's own).
 * @return string The markup, escaped; '' when fallback.json is missing.
 */
function myocheck_fallback_html( $lang, $months ) {
	static $data = null;
	if ( null === $data ) {
		$file = dirname( __DIR__ ) . '/fallback.json';
		$data = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$data = is_array( $data ) && ! empty( $data['languages'] ) ? $data : array();
	}
	if ( ! $data ) {
		return '';
	}
	$lang = strtolower( trim( (string) $lang ) );
	$base = explode( '-', $lang )[0];
	$code = 'en';
	foreach ( array_keys( $data['languages'] ) as $available ) {
		if ( strtolower( $available ) === $lang ) {
			$code = $available;
			break;
		}
		if ( strtolower( $available ) === $base ) {
			$code = $available;
		}
	}
	$text     = $data['languages'][ $code ];
	$key      = is_numeric( $months ) ? (string) ( 0 + $months ) : '';
	$duration = isset( $text['duration'][ $key ] ) ? $text['duration'][ $key ] : $text['duration'][ (string) $data['thresholdMonths'] ];
	$items    = '';
	foreach ( array_merge( array( $duration ), $text['reasons'] ) as $item ) {
		$items .= '<li>' . esc_html( $item ) . '</li>';
	}
	return sprintf(
		'<div class="myocheck-fallback" lang="%1$s"%5$s><p><strong>%2$s</strong></p><ul>%3$s</ul><p><small>%4$s</small></p></div>',
		esc_attr( $code ),
		esc_html( $text['title'] ),
		$items,
		esc_html( $text['disclaimer'] ),
		// Arabic reads right to left on a left-to-right page too, as the element does
		isset( $text['dir'] ) && 'rtl' === $text['dir'] ? ' dir="rtl"' : ''
	);
}

/**
 * Renders a block as its element, with the advice without JavaScript inside, and loads the
 * library's module on this page.
 *
 * @param string   $tag        The element, e.g. myo-self-check.
 * @param array    $attributes The block's attributes.
 * @param WP_Block $block      The block.
 * @return string
 */
function myocheck_render_element( $tag, $attributes, $block ) {
	wp_enqueue_script_module( 'myocheck' );
	$element  = myocheck_element_attributes( $attributes, $block->block_type );
	$settings = myocheck_settings();
	$months   = isset( $attributes['thresholdMonths'] ) ? $attributes['thresholdMonths'] : $settings['thresholdMonths'];
	$wrapper  = get_block_wrapper_attributes( $element );
	return sprintf(
		'<%1$s %2$s>%3$s</%1$s>',
		tag_escape( $tag ),
		$wrapper,
		myocheck_fallback_html( isset( $element['lang'] ) ? $element['lang'] : myocheck_site_lang(), $months )
	);
}
