<?php
/**
 * Plugin Name:       myocheck
 * Plugin URI:        https://www.npmjs.com/package/myocheck
 * Description:       A private, accessible muscle-pain self-check for health articles: four blocks (symptom checklist, body map, referral banner, the whole quiz) that run in the visitor's browser and send nothing anywhere.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            myocheck
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       myocheck
 * Domain Path:       /languages
 *
 * @package myocheck
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's version, stamped from package.json by the build; also the scripts' cache buster. */
define( 'MYOCHECK_VERSION', '0.1.0' );

/**
 * The library's JS module the blocks load, relative to this folder. The build copies the
 * library's file(s) into js/ (scripts/build-wordpress.mjs, `LIBRARY`) and checks that this
 * file is among them: change both together. The loader defines each block's element when it
 * nears the viewport, from the chunks beside it (their names carry a hash of their content).
 */
define( 'MYOCHECK_MODULE', 'js/cdn/myocheck.js' );

/** The one option the plugin stores: the site-wide defaults of Settings → myocheck. */
define( 'MYOCHECK_OPTION', 'myocheck_settings' );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/privacy.php';

add_action( 'init', 'myocheck_register' );
add_action( 'enqueue_block_assets', 'myocheck_enqueue_canvas_module' );
add_filter( 'script_loader_tag', 'myocheck_module_script_tag', 10, 2 );

/**
 * Registers the library's script module, the editor script and the four blocks.
 */
function myocheck_register() {
	load_plugin_textdomain( 'myocheck', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	// The front end: a script module, enqueued by render.php only on pages that show a block.
	wp_register_script_module( 'myocheck', plugins_url( MYOCHECK_MODULE, __FILE__ ), array(), MYOCHECK_VERSION );

	// The elements delegate focus to their controls, which draw their own focus ring: without
	// this, themes that outline every :focus element (Twenty Twenty-Four) also outline the
	// whole element. Then the loader's style sheet (js/cdn/myocheck.css), so that each element
	// keeps its space from the first paint, before the module runs, and the advice shown without
	// JavaScript does not move the page when the element replaces it. Printed inline, only on
	// pages with a block (block.json "style").
	$reserve = __DIR__ . '/' . dirname( MYOCHECK_MODULE ) . '/myocheck.css';
	wp_register_style( 'myocheck', false, array(), MYOCHECK_VERSION );
	wp_add_inline_style(
		'myocheck',
		'myo-symptom-checklist:focus,myo-body-map:focus,myo-referral-banner:focus,myo-self-check:focus{outline:none}'
			. ( is_readable( $reserve ) ? wp_strip_all_tags( (string) file_get_contents( $reserve ) ) : '' )
	);

	wp_register_script(
		'myocheck-editor',
		plugins_url( 'editor/blocks.js', __FILE__ ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		MYOCHECK_VERSION,
		true
	);
	// Settings values in an inline script: no raw <, > or & (JSON_HEX_*), so a value such as
	// `<!--<script>` cannot make the HTML parser swallow the scripts after this one.
	wp_add_inline_script(
		'myocheck-editor',
		'window.myocheckEditor = ' . wp_json_encode(
			array(
				'defaults' => myocheck_settings(),
				'lang'     => myocheck_site_lang(),
			),
			JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT
		) . ';',
		'before'
	);
	wp_set_script_translations( 'myocheck-editor', 'myocheck', __DIR__ . '/languages' );

	foreach ( array( 'symptom-checklist', 'body-map', 'referral-banner', 'self-check' ) as $block ) {
		register_block_type( __DIR__ . '/blocks/' . $block );
	}
}

/**
 * The block editor draws blocks in an iframe (the editor canvas), a document of its own: the
 * elements must be defined there for the live preview. WordPress 6.5 copies the scripts
 * enqueued on `enqueue_block_assets` into that iframe, but not script modules, so the editor
 * gets the same file as a classic script tag of type "module" (see myocheck_module_script_tag).
 * On the front end the script module registered above is used, only where a block renders.
 */
function myocheck_enqueue_canvas_module() {
	if ( is_admin() ) {
		wp_enqueue_script( 'myocheck-canvas', plugins_url( MYOCHECK_MODULE, __FILE__ ), array(), MYOCHECK_VERSION, false );
	}
}

/**
 * Makes the editor canvas's copy of the library a module script.
 *
 * @param string $tag    The script tag WordPress prints.
 * @param string $handle The script's handle.
 * @return string
 */
function myocheck_module_script_tag( $tag, $handle ) {
	if ( 'myocheck-canvas' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
