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

/**
 * The plugin's translations: myocheck-<locale>.mo for PHP and block.json, and
 * myocheck-<locale>-myocheck-editor.json for the editor script, compiled by the build from
 * wordpress/languages/*.po.
 */
define( 'MYOCHECK_LANGUAGES', __DIR__ . '/languages' );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/privacy.php';

add_action( 'init', 'myocheck_register' );
add_action( 'enqueue_block_assets', 'myocheck_enqueue_canvas_module' );
add_filter( 'script_loader_tag', 'myocheck_module_script_tag', 10, 2 );
add_filter( 'load_textdomain_mofile', 'myocheck_regional_mofile', 10, 2 );
add_filter( 'load_script_translation_file', 'myocheck_regional_script_translations', 10, 3 );

/**
 * Registers the library's script module, the editor script and the four blocks.
 */
function myocheck_register() {
	// WordPress looks for the site's exact locale (fr_CA, de_AT, pt_PT…): see myocheck_shipped_locale()
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
	wp_set_script_translations( 'myocheck-editor', 'myocheck', MYOCHECK_LANGUAGES );

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

/**
 * The locale whose translations the plugin uses for a WordPress locale: the locale itself when
 * the plugin ships it, else one it ships for the same language (fr_CA and fr_BE → fr_FR, de_AT,
 * de_CH and de_DE_formal → de_DE, es_MX → es_ES, pt_PT → pt_BR, as the library resolves pt-PT to
 * its Brazilian pt), else '' (English). Among several of one language: the language alone (ar),
 * then its main country (fr_FR), then the first by name.
 *
 * @param string $locale A WordPress locale, e.g. fr_CA.
 * @return string
 */
function myocheck_shipped_locale( $locale ) {
	static $shipped = null;
	if ( null === $shipped ) {
		$shipped = array();
		foreach ( glob( MYOCHECK_LANGUAGES . '/myocheck-*.mo' ) ?: array() as $file ) {
			$shipped[] = substr( basename( $file, '.mo' ), strlen( 'myocheck-' ) );
		}
		sort( $shipped );
	}
	$locale = (string) $locale;
	if ( in_array( $locale, $shipped, true ) ) {
		return $locale;
	}
	$language = strtolower( explode( '_', $locale )[0] );
	$same     = array();
	foreach ( $shipped as $candidate ) {
		if ( strtolower( explode( '_', $candidate )[0] ) === $language ) {
			$same[] = $candidate;
		}
	}
	foreach ( array( $language, $language . '_' . strtoupper( $language ) ) as $preferred ) {
		if ( in_array( $preferred, $same, true ) ) {
			return $preferred;
		}
	}
	return $same ? $same[0] : '';
}

/**
 * Whether a path is in the plugin's languages folder (the plugin's folder may be a symbolic link).
 *
 * @param string $file A file path.
 * @return bool
 */
function myocheck_in_languages( $file ) {
	$dir = realpath( dirname( $file ) );
	return false !== $dir && realpath( MYOCHECK_LANGUAGES ) === $dir;
}

/**
 * The PHP translations of a regional locale the plugin does not ship: load_plugin_textdomain()
 * asks for languages/myocheck-fr_CA.mo; when it is missing, this gives myocheck-fr_FR.mo.
 * Only the plugin's own folder: a language pack in wp-content/languages/plugins/ is tried
 * before it, as WordPress does.
 *
 * @param string $mofile The .mo file WordPress is about to load.
 * @param string $domain Its text domain.
 * @return string
 */
function myocheck_regional_mofile( $mofile, $domain ) {
	if ( 'myocheck' !== $domain || ! is_string( $mofile ) || is_readable( $mofile )
		|| is_readable( substr_replace( $mofile, '.l10n.php', -3 ) )
		|| ! preg_match( '/^myocheck-(.+)\.mo$/', basename( $mofile ), $match )
		|| ! myocheck_in_languages( $mofile ) ) {
		return $mofile;
	}
	$shipped = myocheck_shipped_locale( $match[1] );
	return '' === $shipped ? $mofile : MYOCHECK_LANGUAGES . '/myocheck-' . $shipped . '.mo';
}

/**
 * The editor script's translations for a regional locale the plugin does not ship, as above:
 * languages/myocheck-fr_CA-myocheck-editor.json, when missing, becomes the fr_FR one. A language
 * pack's own file for the exact locale (wp-content/languages/plugins/, which WordPress tries
 * after the plugin's folder) keeps its turn.
 *
 * @param string|false $file   The JSON file WordPress is about to read.
 * @param string       $handle The script's handle.
 * @param string       $domain Its text domain.
 * @return string|false
 */
function myocheck_regional_script_translations( $file, $handle, $domain ) {
	if ( 'myocheck' !== $domain || 'myocheck-editor' !== $handle || ! is_string( $file ) || is_readable( $file )
		|| ! preg_match( '/^myocheck-(.+)-myocheck-editor\.json$/', basename( $file ), $match )
		|| ! myocheck_in_languages( $file ) ) {
		return $file;
	}
	$shipped = myocheck_shipped_locale( $match[1] );
	$pack    = ( defined( 'WP_LANG_DIR' ) ? WP_LANG_DIR : '' ) . '/plugins/myocheck-' . $match[1] . '-' . md5( 'editor/blocks.js' ) . '.json';
	if ( '' === $shipped || is_readable( $pack ) ) {
		return $file;
	}
	return MYOCHECK_LANGUAGES . '/myocheck-' . $shipped . '-myocheck-editor.json';
}
