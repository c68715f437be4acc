<?php
/**
 * Settings → myocheck: the site-wide defaults that blocks leaving a field empty use.
 *
 * @package myocheck
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'myocheck_register_settings' );
add_action( 'admin_menu', 'myocheck_add_settings_page' );

/**
 * The settings with their defaults: the call to action (URL and label), the emergency number
 * and the number of months of pain that make "see a doctor". Empty means "the element's own".
 *
 * @return array{ctaHref: string, ctaLabel: string, emergencyNumber: string, thresholdMonths: string}
 */
function myocheck_settings() {
	$defaults = array(
		'ctaHref'         => '',
		'ctaLabel'        => '',
		'emergencyNumber' => '',
		'thresholdMonths' => '',
	);
	$saved    = get_option( MYOCHECK_OPTION, array() );
	$settings = $defaults;
	foreach ( $defaults as $key => $unused ) {
		if ( is_array( $saved ) && isset( $saved[ $key ] ) && is_scalar( $saved[ $key ] ) ) {
			$settings[ $key ] = (string) $saved[ $key ];
		}
	}
	return $settings;
}

/** The schemes a call-to-action link may have; anything else (javascript:, data:…) is refused. */
const MYOCHECK_HREF_SCHEMES = array( 'http', 'https', 'tel', 'mailto' );

/**
 * A link the elements accept: http(s), tel:, mailto: or a relative URL; anything else gives ''.
 * The one check, for block rendering and Settings alike. It looks at the URL as the browser will:
 * character references decoded (`javascript&#58;` and `javascript&#058;` are `javascript:` in an
 * attribute; decoded until nothing changes, so `&amp;#58;` is caught too), then what the URL
 * parser ignores removed (C0 controls and spaces at either end, tabs and newlines anywhere); a
 * control character left inside refuses the link. Returns the decoded URL, which the caller
 * escapes for its attribute. The elements check again in the browser.
 *
 * @param mixed $value A URL as typed or saved.
 * @return string
 */
function myocheck_sanitize_href( $value ) {
	$value  = (string) $value;
	$stable = false;
	for ( $i = 0; $i < 8 && ! $stable; $i++ ) {
		// numeric references get their semicolon (the browser decodes them without), then all
		// references are decoded; one that does not decode (&#0;) is refused below
		$decoded = preg_replace( '/&#([xX][0-9a-fA-F]+|[0-9]+);?/', '&#$1;', $value );
		$decoded = html_entity_decode( (string) $decoded, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		$stable = $decoded === $value;
		$value  = $decoded;
	}
	if ( ! $stable ) {
		return '';
	}
	$value = preg_replace( '/[\t\n\r]/', '', $value );
	$value = preg_replace( '/^[\x00-\x20]+|[\x00-\x20]+$/', '', (string) $value );
	if ( '' === $value || preg_match( '/[\x00-\x1F\x7F]|&#/', $value ) ) {
		return '';
	}
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $value, $scheme )
		&& ! in_array( strtolower( $scheme[1] ), MYOCHECK_HREF_SCHEMES, true ) ) {
		return '';
	}
	return $value;
}

/**
 * Cleans the settings form's values; a bad value is dropped with a notice on the page.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function myocheck_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = array();

	$href = isset( $input['ctaHref'] ) ? myocheck_sanitize_href( $input['ctaHref'] ) : '';
	if ( '' === $href && isset( $input['ctaHref'] ) && '' !== trim( (string) $input['ctaHref'] ) ) {
		add_settings_error( MYOCHECK_OPTION, 'ctaHref', __( 'The call-to-action URL must start with http://, https://, tel:, mailto: or be a path on this site.', 'myocheck' ) );
	}
	$clean['ctaHref']  = $href;
	$clean['ctaLabel'] = isset( $input['ctaLabel'] ) ? sanitize_text_field( $input['ctaLabel'] ) : '';

	$number = isset( $input['emergencyNumber'] ) ? trim( sanitize_text_field( $input['emergencyNumber'] ) ) : '';
	if ( '' !== $number && ! preg_match( '/^[0-9 +\-()]*[0-9][0-9 +\-()]*$/', $number ) ) {
		add_settings_error( MYOCHECK_OPTION, 'emergencyNumber', __( 'The emergency number may hold digits, spaces and + - ( ) only.', 'myocheck' ) );
		$number = '';
	}
	$clean['emergencyNumber'] = $number;

	$months = isset( $input['thresholdMonths'] ) ? trim( (string) $input['thresholdMonths'] ) : '';
	if ( '' !== $months && ( ! is_numeric( $months ) || (float) $months < 0 ) ) {
		add_settings_error( MYOCHECK_OPTION, 'thresholdMonths', __( 'The threshold must be a number of months, 0 or more.', 'myocheck' ) );
		$months = '';
	}
	$clean['thresholdMonths'] = $months;

	return $clean;
}

/**
 * Registers the option and the form's fields.
 */
function myocheck_register_settings() {
	register_setting(
		'myocheck',
		MYOCHECK_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'myocheck_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section(
		'myocheck_defaults',
		__( 'Defaults for every block', 'myocheck' ),
		'myocheck_settings_intro',
		'myocheck'
	);
	$fields = array(
		'ctaHref'         => array( __( 'Call-to-action URL', 'myocheck' ), 'text', __( 'Where "Find a doctor" leads, e.g. /find-a-doctor or https://example.org/doctors. Shown when the answers reach "see a doctor".', 'myocheck' ) ),
		'ctaLabel'        => array( __( 'Call-to-action label', 'myocheck' ), 'text', __( 'Empty: "Find a doctor" in the reader\'s language.', 'myocheck' ) ),
		'emergencyNumber' => array( __( 'Emergency number', 'myocheck' ), 'tel', __( 'Shown as a phone link when an answer calls for medical care now, e.g. 112 or 911.', 'myocheck' ) ),
		'thresholdMonths' => array( __( 'Months of pain before "see a doctor"', 'myocheck' ), 'number', __( 'Empty: 3, as the article says ("more than three months").', 'myocheck' ) ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'myocheck-' . $key,
			$field[0],
			'myocheck_settings_field',
			'myocheck',
			'myocheck_defaults',
			array(
				'key'         => $key,
				'type'        => $field[1],
				'description' => $field[2],
				'label_for'   => 'myocheck-' . $key,
			)
		);
	}
}

/**
 * The section's introduction.
 */
function myocheck_settings_intro() {
	echo '<p>' . esc_html__( 'Blocks that leave these fields empty use the values below. Nothing a visitor answers is sent to this site: these are only the links and numbers the self-check shows.', 'myocheck' ) . '</p>';
}

/**
 * One field of the form.
 *
 * @param array $args The field's key, input type and description.
 */
function myocheck_settings_field( $args ) {
	$settings = myocheck_settings();
	$key      = $args['key'];
	printf(
		'<input id="%1$s" name="%2$s[%3$s]" type="%4$s" value="%5$s" class="regular-text"%6$s aria-describedby="%1$s-description" />',
		esc_attr( 'myocheck-' . $key ),
		esc_attr( MYOCHECK_OPTION ),
		esc_attr( $key ),
		esc_attr( $args['type'] ),
		esc_attr( $settings[ $key ] ),
		// a URL field that takes a path on this site (type="url" refuses /find-a-doctor)
		'number' === $args['type'] ? ' min="0" step="any"' : ( 'ctaHref' === $key ? ' inputmode="url" spellcheck="false" autocomplete="url"' : '' )
	);
	printf( '<p class="description" id="%1$s-description">%2$s</p>', esc_attr( 'myocheck-' . $key ), esc_html( $args['description'] ) );
}

/**
 * Adds Settings → myocheck.
 */
function myocheck_add_settings_page() {
	add_options_page( __( 'myocheck', 'myocheck' ), __( 'myocheck', 'myocheck' ), 'manage_options', 'myocheck', 'myocheck_render_settings_page' );
}

/**
 * The settings page.
 */
function myocheck_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'myocheck' );
	do_settings_sections( 'myocheck' );
	submit_button();
	echo '</form></div>';
}
