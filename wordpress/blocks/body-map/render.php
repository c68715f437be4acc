<?php
/**
 * Renders the block as <myo-body-map>.
 *
 * @package myocheck
 * @var array    $attributes The block's attributes.
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

echo myocheck_render_element( 'myo-body-map', $attributes, $block ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by get_block_wrapper_attributes().
