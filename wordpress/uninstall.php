<?php
/**
 * Deletes the plugin's one option (Settings → myocheck) when the plugin is deleted, on every site
 * of a multisite network (each site has its own Settings → myocheck). The plugin stores nothing
 * else: visitors' answers never reach the site.
 *
 * @package myocheck
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $myocheck_site ) {
		switch_to_blog( $myocheck_site );
		delete_option( 'myocheck_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'myocheck_settings' );
}
