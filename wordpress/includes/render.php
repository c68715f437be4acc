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
 * Renders a block as its element and loads the library's module on this page.
 *
 * @param string   $tag        The element, e.g. myo-self-check.
 * @param array    $attributes The block's attributes.
 * @param WP_Block $block      The block.
 * @return string
 */
function myocheck_render_element( $tag, $attributes, $block ) {
	wp_enqueue_script_module( 'myocheck' );
	$wrapper = get_block_wrapper_attributes( myocheck_element_attributes( $attributes, $block->block_type ) );
	return sprintf( '<%1$s %2$s></%1$s>', tag_escape( $tag ), $wrapper );
}
