<?php
/**
 * Deletes the plugin's one option (Settings → myocheck) when the plugin is deleted. The plugin
 * stores nothing else: visitors' answers never reach the site.
 *
 * @package myocheck
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'myocheck_settings' );
