<?php
/**
 * The plugin's text for the privacy policy guide (Settings → Privacy → Policy Guide).
 *
 * @package myocheck
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'myocheck_add_privacy_policy_content' );

/**
 * Suggests privacy-policy text: what the self-check does, and does not do, with answers.
 */
function myocheck_add_privacy_policy_content() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$content = '<p class="privacy-policy-tutorial">' . esc_html__( 'The myocheck self-check runs entirely in the visitor\'s browser: this site receives none of the answers.', 'myocheck' ) . '</p>'
		. '<p><strong class="privacy-policy-tutorial">' . esc_html__( 'Suggested text:', 'myocheck' ) . ' </strong>'
		. esc_html__( 'Some of our articles include a muscle-pain self-check. Your answers stay in your browser: they are not sent to this website or to anyone else, the self-check sets no cookies, and it makes no requests to other websites.', 'myocheck' ) . '</p>'
		. '<p>' . esc_html__( 'Where a self-check offers to remember your answers, they are kept on your device only (in this browser tab, or in this browser until you clear them), and the self-check shows a "Clear my answers" button that deletes them.', 'myocheck' ) . '</p>';
	wp_add_privacy_policy_content( 'myocheck', wp_kses_post( $content ) );
}
